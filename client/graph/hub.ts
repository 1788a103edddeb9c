// One place between the language server and the graph panels: subscribes a document while at least one panel
// shows it, keeps the latest graph of each document, and fans every pushed graph out to all of its panels (so
// several views of one document stay in sync). Survives server restarts by subscribing again.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  GraphChangedNotification, GraphRequest, GraphSubscribeNotification,
  type GraphResult, type GraphUpdate,
} from '../../protocol/graph';
import type { Ctx } from '../ctx';

export interface GraphListener {
  readonly uri: string;
  onGraph(update: GraphUpdate): void;
}

export class GraphHub implements vscode.Disposable {
  private readonly listeners = new Map<string, Set<GraphListener>>();
  private readonly latest = new Map<string, GraphUpdate>();
  private readonly disposables: vscode.Disposable[] = [];
  private notification: vscode.Disposable | undefined;

  constructor(private readonly ctx: Ctx) {
    this.disposables.push(ctx.onDidStart((client) => this.attach(client)));
    if (ctx.client?.isRunning()) this.attach(ctx.client);
  }

  /** The latest graph pushed for a document, if any. */
  get(uri: string): GraphUpdate | undefined {
    return this.latest.get(uri);
  }

  add(listener: GraphListener): vscode.Disposable {
    const set = this.listeners.get(listener.uri) ?? new Set();
    const first = set.size === 0;
    set.add(listener);
    this.listeners.set(listener.uri, set);
    if (first) void this.subscribe(listener.uri, true);
    return new vscode.Disposable(() => {
      set.delete(listener);
      if (set.size === 0) {
        this.listeners.delete(listener.uri);
        this.latest.delete(listener.uri);
        void this.subscribe(listener.uri, false);
      }
    });
  }

  /** Asks the server for the graph of the document's current version (and fans it out like a push). */
  async refresh(uri: string): Promise<GraphUpdate | undefined> {
    try {
      const client = await this.ctx.ready();
      const update = await client.sendRequest<GraphResult>(GraphRequest, { uri });
      if (update) this.receive(update);
      return update ?? undefined;
    } catch (e) {
      this.ctx.output.warn(`graph request failed: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  private receive(update: GraphUpdate): void {
    const have = this.latest.get(update.uri);
    if (have && have.version > update.version) return;
    this.latest.set(update.uri, update);
    for (const l of this.listeners.get(update.uri) ?? []) l.onGraph(update);
  }

  private attach(client: LanguageClient): void {
    this.notification?.dispose();
    this.notification = client.onNotification(GraphChangedNotification, (u: GraphUpdate) => this.receive(u));
    for (const uri of this.listeners.keys()) void this.subscribe(uri, true);
  }

  private async subscribe(uri: string, subscribed: boolean): Promise<void> {
    try {
      const client = await this.ctx.ready();
      await client.sendNotification(GraphSubscribeNotification, { uri, subscribed });
    } catch (e) {
      this.ctx.output.warn(`graph subscription failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  dispose(): void {
    this.notification?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
