// What the view remembers while hidden (VS Code's webview state): the viewport, the collapsed containers and the
// selected node. Saved on every change, throttled; restored when the view is shown again.
import { loadState, saveState } from './host';

export interface Viewport { x: number; y: number; k: number }

export interface ViewState {
  viewport: Viewport;
  /** False until the user pans or zooms: until then, a new graph is fitted to the view. */
  userMoved: boolean;
  collapsed: string[];
  selected?: string;
  minimap: boolean;
}

const DEFAULT: ViewState = { viewport: { x: 0, y: 0, k: 1 }, userMoved: false, collapsed: [], minimap: true };

export class StateStore {
  readonly state: ViewState;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    const saved = loadState<Partial<ViewState>>();
    this.state = { ...DEFAULT, ...(saved ?? {}), viewport: { ...DEFAULT.viewport, ...(saved?.viewport ?? {}) } };
  }

  /** Whether the view state came from an earlier life of this view. */
  get restored(): boolean { return this.state.userMoved; }

  update(change: Partial<ViewState>): void {
    Object.assign(this.state, change);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => saveState(this.state), 100);
  }

  flush(): void {
    clearTimeout(this.timer);
    saveState(this.state);
  }
}
