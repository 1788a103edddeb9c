// Custom LSP messages of the graph view, declared once (the method name plus its params/result types), each with
// who sends it and why. The server implements them in server/graph.ts; the client uses them in client/graph/.
import type { GraphModel } from '../engine/graph/types';

/** A syntax problem that stops the graph from being updated, as shown in the view's banner. */
export interface GraphProblem {
  message: string;
  /** Zero-based line and character of the problem. */
  line: number;
  character: number;
}

/** The graph of one document version. */
export interface GraphUpdate {
  uri: string;
  /** The document version the graph (or the problems) were computed from. */
  version: number;
  /**
   * The graph of this version; when the text does not parse (`problems` non-empty), the last graph of this document
   * that did, or null if none ever did. The view keeps showing it with a banner.
   */
  graph: GraphModel | null;
  /** True when `graph` is from an earlier version because this one does not parse. */
  stale: boolean;
  /** Syntax errors of this version (empty when it parses). */
  problems: GraphProblem[];
}

/**
 * Request, client → server: the graph of the document's current version, now (on opening a view, on export, and
 * when the host needs a node's text range for a version it has not seen pushed yet).
 */
export const GraphRequest = 'stepwise/graph';
export interface GraphParams { uri: string }
export type GraphResult = GraphUpdate | null;

/**
 * Notification, client → server: a graph view of this document opened (`subscribed: true`) or the last one closed
 * (`false`). While subscribed, the server pushes `stepwise/graphChanged` after each change (debounced).
 */
export const GraphSubscribeNotification = 'stepwise/graphSubscribe';
export interface GraphSubscribeParams { uri: string; subscribed: boolean }

/**
 * Notification, server → client: a subscribed document changed; here is its graph. Sent once right after
 * subscribing, then after each burst of edits, and never for a version older than one already sent.
 */
export const GraphChangedNotification = 'stepwise/graphChanged';
export type GraphChangedParams = GraphUpdate;
