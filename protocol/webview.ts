// Messages between the graph view's host (client/graph, in the extension host) and its webview (webview/), one
// discriminated union per direction, each member with who sends it and why. View-local actions (fit, zoom, find,
// collapse…) only change what the view shows; graph intents (intents.ts) are the only way to ask for a text change.
import type { GraphUpdate } from './graph';
import type { GraphIntent } from './intents';

/** Host → webview. */
export type HostMessage = GraphMessage | HighlightMessage | ActionMessage;

/** Sent after the webview's `ready` and on every pushed graph of the document (also stale ones with problems). */
export interface GraphMessage { kind: 'graph'; update: GraphUpdate }

/**
 * Sent when the cursor moves in a text editor of the document: the state it is in (innermost), or null outside
 * any state. The view highlights that node and scrolls it into view if it is off screen.
 */
export interface HighlightMessage { kind: 'highlight'; id: string | null }

/** Sent when a VS Code command targets this view (Fit, Zoom, Find, Export as SVG/PNG). */
export interface ActionMessage { kind: 'action'; action: ViewAction }

/** View-local actions: applied by the webview to itself; never change the document. */
export type ViewAction =
  | { kind: 'fit' }
  | { kind: 'zoom'; /** Multiply the zoom by this (1.2 = in, 1/1.2 = out); absent with `level`. */ factor?: number; /** Set this zoom level. */ level?: number }
  | { kind: 'find'; query?: string }
  | { kind: 'toggleCollapse'; id: string }
  | { kind: 'collapseAll' }
  | { kind: 'expandAll' }
  | { kind: 'focusNode'; id: string }
  | { kind: 'export'; format: ExportFormat };

export type ExportFormat = 'svg' | 'png';

/** Webview → host. */
export type ViewMessage = ReadyMessage | SelectMessage | ExportedMessage | RenderedMessage | IntentMessage | ViewErrorMessage;

/** Sent once, first, when the script has loaded and listens for messages: the host then sends the current graph. */
export interface ReadyMessage { kind: 'ready' }

/**
 * Sent when the user selects a node (click, Enter, keyboard navigation): the host selects the state's name in a
 * text editor of the document beside the view and reveals it. `focusEditor` moves the keyboard focus there too
 * (double-click, Enter); otherwise the focus stays in the graph. `version` is the graph's document version.
 */
export interface SelectMessage { kind: 'select'; id: string; version: number; focusEditor: boolean }

/** Answer to the `export` action: the drawing as SVG text or as a base64 PNG, for the host to save. */
export interface ExportedMessage { kind: 'exported'; format: ExportFormat; data: string }

/**
 * Sent after each draw: what is on screen and what it cost. The host exposes the last one to tests (and to the
 * output channel at trace level); `structural` is false when the layout was reused.
 */
export interface RenderedMessage {
  kind: 'rendered';
  version: number;
  nodes: number;
  edges: number;
  structural: boolean;
  layoutMs: number;
  drawMs: number;
}

/** An editing operation (see intents.ts): the host forwards it to the server. Not sent by this version's view. */
export interface IntentMessage { kind: 'intent'; intent: GraphIntent }

/** Something failed inside the view (layout, export); the host logs it to the output channel. */
export interface ViewErrorMessage { kind: 'error'; message: string }
