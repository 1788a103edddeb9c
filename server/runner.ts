// Every handler runs through here: an error or a cancellation becomes a logged, empty answer, never a dead server.
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';

export function runSafe<T>(connection: Connection, name: string, token: CancellationToken | undefined, empty: T, fn: () => T): T | ResponseError<void> {
  if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
  try {
    return fn();
  } catch (e) {
    if (e instanceof ResponseError) return e; // a deliberate refusal with a message for the user
    const err = e as Error;
    connection.console.error(`${name} failed: ${err.stack ?? err.message}`);
    return empty;
  }
}
