// Builds the language client: `dist/server.js --stdio` in a Node child process (the extension host's own runtime),
// serving ASL JSON and YAML, with the `stepwise` settings section kept in sync.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR, SECTION, readSettings } from './config';
import type { DiagnosticsFilter } from './diagnostics';

export const CLIENT_ID = 'stepwise'; // the client reads `stepwise.trace.server` from this id
export const CLIENT_NAME = 'Stepwise Language Server';

export function createClient(extension: vscode.ExtensionContext, output: vscode.LogOutputChannel, trace: vscode.LogOutputChannel, filter: DiagnosticsFilter): LanguageClient {
  const module = extension.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    // `Debug: Start Debugging` of the extension starts the server with an inspector on 6009 to attach to.
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: SECTION },
    initializationOptions: () => ({ settings: readSettings() }),
    outputChannel: output,
    traceOutputChannel: trace,
    diagnosticCollectionName: CLIENT_ID,
    middleware: filter.middleware,
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
