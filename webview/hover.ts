// The hover card: a node's name, type, integration, fields, retries and problems, shown next to the node on
// pointer hover (after a short delay) and on keyboard focus. Built with textContent only.
import type { GraphNode } from '../engine/graph/types';
import { html } from './dom';

export class Hover {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private current: string | undefined;

  constructor(private readonly card: HTMLElement) {
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
  }

  /** Shows the card for a node whose on-screen box is `box` (client coordinates), after `delay` ms. */
  show(node: GraphNode, box: DOMRect, delay = 350): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(node, box), delay);
  }

  hide(): void {
    clearTimeout(this.timer);
    this.card.hidden = true;
    this.current = undefined;
  }

  get shownFor(): string | undefined { return this.current; }

  private render(node: GraphNode, box: DOMRect): void {
    const c = this.card;
    c.replaceChildren();
    const title = node.kind === 'state' ? `${node.label}` : node.kind === 'sink' ? `→ ${node.label}` : node.label;
    html('div', { class: 'hover-title' }, c, title);
    if (node.kind === 'state' || node.kind === 'missing') html('div', { class: 'hover-type' }, c, node.kind === 'missing' ? 'Missing state' : `${node.type} state`);
    if (node.kind === 'sink') html('div', { class: 'hover-type' }, c, 'Catch target (select to go there)');
    if (node.sublabel && node.kind !== 'missing') html('div', { class: 'hover-sub' }, c, node.sublabel);
    const rows = (node.details ?? []).filter(([k]) => k !== 'Type');
    if (rows.length) {
      const table = html('dl', { class: 'hover-rows' }, c);
      for (const [k, v] of rows) {
        html('dt', {}, table, k);
        html('dd', {}, table, v.length > 120 ? v.slice(0, 119) + '…' : v);
      }
    }
    for (const b of node.badges) html('div', { class: `hover-badge ${b.kind}` }, c, b.title);
    for (const p of node.problems ?? []) html('div', { class: `hover-problem ${node.severity}` }, c, p);
    c.hidden = false;
    this.current = node.id;
    // Beside the node, inside the window.
    const w = c.offsetWidth, h = c.offsetHeight;
    let x = box.right + 8, y = box.top;
    if (x + w > window.innerWidth - 4) x = Math.max(4, box.left - w - 8);
    if (y + h > window.innerHeight - 4) y = Math.max(4, window.innerHeight - h - 4);
    c.style.left = `${Math.round(x)}px`;
    c.style.top = `${Math.round(y)}px`;
  }
}
