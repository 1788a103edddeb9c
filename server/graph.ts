// The graph view's LSP methods (protocol/graph.ts): the graph of a document version on request, and pushed to the
// client after each burst of edits while a graph view of the document is open. A version that does not parse
// keeps the last graph that did (marked stale, with the syntax problems).
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildGraph, type GraphModel } from '../engine/graph';
import type { Diagnostic } from '../engine/service';
import {
  GraphChangedNotification, GraphRequest, GraphSubscribeNotification,
  type GraphParams, type GraphResult, type GraphSubscribeParams, type GraphUpdate,
} from '../protocol/graph';
import type { DocumentCache } from './documents';

export interface GraphOptions {
  /** The document's diagnostics (with the user's settings), to mark states. */
  validate: (td: TextDocument) => Promise<Diagnostic[]> | Diagnostic[];
  /** Delay between the last change and the pushed graph, in ms. */
  delay?: number;
}

export function registerGraph(connection: Connection, documents: TextDocuments<TextDocument>, cache: DocumentCache, options: GraphOptions): void {
  const delay = options.delay ?? 120;
  const subscribed = new Set<string>();
  const lastGood = new Map<string, GraphModel>();
  const lastSent = new Map<string, number>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const compute = async (td: TextDocument): Promise<GraphUpdate> => {
    const doc = cache.get(td);
    const version = td.version;
    if (doc.parsed.problems.length > 0) {
      const problems = doc.parsed.problems.map((p) => {
        const pos = td.positionAt(p.offset);
        return { message: p.message, line: pos.line, character: pos.character };
      });
      return { uri: td.uri, version, graph: lastGood.get(td.uri) ?? null, stale: true, problems };
    }
    let diagnostics: Diagnostic[] = [];
    try {
      diagnostics = await options.validate(td);
    } catch (e) {
      connection.console.error(`graph: validation failed: ${(e as Error).message}`);
    }
    const graph = buildGraph(doc.model, diagnostics);
    lastGood.set(td.uri, graph);
    return { uri: td.uri, version, graph, stale: false, problems: [] };
  };

  const push = (uri: string) => {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    const td = documents.get(uri);
    if (!td || !subscribed.has(uri)) return;
    compute(td).then((update) => {
      const current = documents.get(uri);
      // Drop what an edit already overtook (its own push is scheduled), and never go back in versions.
      if (!current || current.version !== update.version || (lastSent.get(uri) ?? -1) > update.version) return;
      lastSent.set(uri, update.version);
      void connection.sendNotification(GraphChangedNotification, update);
    }, (e) => connection.console.error(`graph: ${(e as Error).stack}`));
  };

  connection.onRequest(GraphRequest, async (params: GraphParams): Promise<GraphResult> => {
    const td = documents.get(params.uri);
    if (!td) return null;
    try {
      return await compute(td);
    } catch (e) {
      connection.console.error(`graph request failed: ${(e as Error).stack}`);
      return null;
    }
  });

  connection.onNotification(GraphSubscribeNotification, (params: GraphSubscribeParams) => {
    if (params.subscribed) {
      subscribed.add(params.uri);
      lastSent.delete(params.uri);
      push(params.uri);
    } else {
      subscribed.delete(params.uri);
      clearTimeout(timers.get(params.uri));
      timers.delete(params.uri);
    }
  });

  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    if (!subscribed.has(uri)) return;
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => push(uri), delay));
  });

  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    lastGood.delete(e.document.uri);
    lastSent.delete(e.document.uri);
  });
}
