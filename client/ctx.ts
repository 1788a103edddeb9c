// The extension's one context object: the output channel, the current language client and its lifecycle, and the
// disposables. Commands and later features (graph editor, debugger) are small factories over it (see commands.ts).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CLIENT_NAME, createClient } from './client';
import { SECTION } from './config';
import { DiagnosticsFilter } from './diagnostics';
import { traceChannel } from './trace';

/** What `activate()` returns: read by the end-to-end tests and by other extensions. */
export interface StepwiseApi {
  /** The language client currently in use (a new one after each restart), if it was created. */
  readonly client: LanguageClient | undefined;
  /** Resolves once the current client is running (initialize handshake done); rejects if it failed to start. */
  ready(): Promise<LanguageClient>;
  /** Fires each time a (re)started client is running. */
  readonly onDidStart: vscode.Event<LanguageClient>;
}

export class Ctx implements vscode.Disposable {
  readonly output: vscode.LogOutputChannel;
  private readonly trace: vscode.LogOutputChannel & vscode.Disposable;
  private readonly filter = new DiagnosticsFilter();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly startedEmitter = new vscode.EventEmitter<LanguageClient>();
  private readonly createdEmitter = new vscode.EventEmitter<LanguageClient>();
  private current: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private disposed = false;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
    this.trace = traceChannel(this.output);
    this.disposables.push(this.output, this.trace, this.startedEmitter, this.createdEmitter);
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.validation.ignore`) && this.filter.reload()) this.filter.reapply(this.current?.diagnostics);
    }));
  }

  get client(): LanguageClient | undefined { return this.current; }
  /** Fires when a (re)started client is running. */
  readonly onDidStart = this.startedEmitter.event;
  /** Fires when a client is created, before it starts: follow its `onDidChangeState` from here. */
  readonly onDidCreateClient = this.createdEmitter.event;

  /** Registers something to dispose with the extension. */
  push(d: vscode.Disposable): void { this.disposables.push(d); }

  /** Starts the client unless it is running or starting. */
  start(): Promise<LanguageClient> {
    if (this.disposed) return Promise.reject(new Error('Stepwise is deactivated'));
    if (this.starting) return this.starting;
    const client = createClient(this.extension, this.output, this.trace, this.filter);
    this.current = client;
    this.createdEmitter.fire(client);
    this.starting = client.start().then(() => {
      this.output.info(`${CLIENT_NAME} started`);
      this.startedEmitter.fire(client);
      return client;
    }, (e: unknown) => {
      this.output.error(`${CLIENT_NAME} failed to start: ${e instanceof Error ? e.message : String(e)}`);
      if (this.current === client) this.starting = undefined;
      throw e;
    });
    return this.starting;
  }

  /** Stops and disposes the current client (its diagnostics go with it). */
  async stop(): Promise<void> {
    const client = this.current;
    this.current = undefined;
    this.starting = undefined;
    this.filter.clear();
    if (!client) return;
    try {
      await client.dispose(2000);
    } catch (e) {
      this.output.warn(`stopping the server: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async restart(): Promise<LanguageClient> {
    this.output.info(`restarting ${CLIENT_NAME}`);
    await this.stop();
    return this.start();
  }

  /** Resolves once the current client is running; starts one if there is none. */
  ready(): Promise<LanguageClient> { return this.starting ?? this.start(); }

  dispose(): void {
    this.disposed = true;
    void this.stop();
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}

/** The API object handed out by `activate()`: a read-only view of the context. */
export function apiOf(ctx: Ctx): StepwiseApi {
  return {
    get client() { return ctx.client; },
    ready: () => ctx.ready(),
    onDidStart: ctx.onDidStart,
  };
}
