// Graph intents: the editing operations a graph view may ask for (GLSP's "operations"). They are the ONLY messages
// that can change the document, and the webview never changes it itself: the host forwards an intent to the server,
// which turns it into a minimal text edit against `baseVersion`; the client applies that as a WorkspaceEdit (so
// undo, dirty state and split editors come from VS Code). Declared here; implemented by the graph editing issue.
// Node ids are GraphModel ids (state ids such as `P/branch:0/Inner`, scope ids such as `P/branch:0`).

export type GraphIntent = AddStateIntent | ConnectIntent | RenameIntent | DeleteIntent | SetFieldIntent;

interface IntentBase {
  /** The document version the view showed when the user acted; the server refuses stale intents. */
  baseVersion: number;
}

/** Add a state of a type to a scope, optionally spliced into an existing edge (the edge's source then leads to it). */
export interface AddStateIntent extends IntentBase {
  kind: 'addState';
  /** The scope to add to: `root` or a scope id. */
  scope: string;
  stateType: string;
  /** A name; the server makes it unique when taken. */
  name: string;
  /** Optional Resource (Task) or other initial fields, as JSON. */
  fields?: Record<string, unknown>;
  /** Insert on this edge: source → new state → old target. */
  onEdge?: string;
}

/** Point a transition at a state: a new Next/Default/choice rule/catcher, or an existing one moved (`edge`). */
export interface ConnectIntent extends IntentBase {
  kind: 'connect';
  source: string;
  target: string;
  /** The transition to re-target; absent: add a Next (or a new rule on a Choice). */
  edge?: string;
}

/** Rename a state and every reference to it in its scope. */
export interface RenameIntent extends IntentBase {
  kind: 'rename';
  node: string;
  newName: string;
}

/** Delete states (reconnecting a single predecessor to a single successor where that is unambiguous) or edges. */
export interface DeleteIntent extends IntentBase {
  kind: 'delete';
  nodes: string[];
  edges: string[];
}

/** Set (or, with `value` undefined, remove) one field of a state, addressed by a path inside the state object. */
export interface SetFieldIntent extends IntentBase {
  kind: 'setField';
  node: string;
  path: (string | number)[];
  value: unknown;
}
