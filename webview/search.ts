// Find a state by name: the find box filters as you type (matches stand out, the rest fades), Enter and
// Shift+Enter step through the matches in reading order, Escape closes.
import type { GraphModel, LayoutResult } from '../engine/graph/types';

export interface SearchHost {
  /** Select and show a match (expanding collapsed containers that hide it). */
  go(id: string): void;
  /** Mark the matches (empty: no search). */
  mark(ids: string[]): void;
  /** The find box closed: give the focus back to the graph. */
  closed(): void;
}

export class Search {
  private matches: string[] = [];
  private index = -1;

  constructor(private readonly box: HTMLElement, private readonly input: HTMLInputElement, private readonly count: HTMLElement, private readonly host: SearchHost) {
    input.addEventListener('input', () => this.run(true));
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') { e.preventDefault(); this.step(e.shiftKey ? -1 : 1); }
      else if (e.key === 'Escape') { e.preventDefault(); this.close(); }
    });
  }

  private graph: GraphModel | undefined;
  private layout: LayoutResult | undefined;

  setGraph(graph: GraphModel, layout: LayoutResult): void {
    this.graph = graph;
    this.layout = layout;
    if (!this.box.hidden && this.input.value) this.run(false);
  }

  get isOpen(): boolean { return !this.box.hidden; }

  open(query?: string): void {
    this.box.hidden = false;
    if (query !== undefined) this.input.value = query;
    this.input.focus();
    this.input.select();
    this.run(query !== undefined);
  }

  close(): void {
    this.box.hidden = true;
    this.matches = [];
    this.index = -1;
    this.host.mark([]);
    this.count.textContent = '';
    this.host.closed();
  }

  /** Names that contain the query, case-insensitively; in reading order (top to bottom, left to right). */
  find(query: string): string[] {
    const q = query.trim().toLowerCase();
    if (!q || !this.graph) return [];
    const pos = (id: string) => this.layout?.nodes[id];
    const hits = this.graph.nodes.filter((n) => (n.kind === 'state' || n.kind === 'missing') && n.label.toLowerCase().includes(q));
    const order = new Map(this.graph.nodes.map((n, i) => [n.id, i]));
    return hits.map((n) => n.id).sort((a, b) => {
      const pa = pos(a), pb = pos(b);
      if (pa && pb) return pa.y - pb.y || pa.x - pb.x;
      return order.get(a)! - order.get(b)!;
    });
  }

  private run(jump: boolean): void {
    this.matches = this.find(this.input.value);
    this.host.mark(this.matches);
    this.index = -1;
    if (jump && this.matches.length) this.step(1);
    else this.showCount();
  }

  private step(delta: number): void {
    if (!this.matches.length) return;
    this.index = (this.index + delta + this.matches.length) % this.matches.length;
    this.host.go(this.matches[this.index]);
    this.showCount();
  }

  private showCount(): void {
    const n = this.matches.length;
    this.count.textContent = !this.input.value.trim() ? '' : n === 0 ? 'No results' : `${this.index + 1 > 0 ? this.index + 1 : '–'} of ${n}`;
  }
}
