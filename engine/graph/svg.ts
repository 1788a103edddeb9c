// GraphModel + LayoutResult + theme → a standalone SVG document (pure string building). Used by `stepwise render`
// and by the graph view's "Export as SVG/PNG", so a file looks like the view it came from.
import { arrowPath, edgePath, shapePath } from './geometry';
import { ICONS } from './icons';
import { edgeLabelParts, nodeParts, BADGE_HEIGHT, type TextPart } from './parts';
import { LIGHT_THEME, type GraphTheme } from './theme';
import type { EdgeLayout, GraphEdge, GraphModel, GraphNode, LayoutResult, Rect } from './types';

export interface SvgOptions {
  /** Container ids drawn collapsed (must match the layout). */
  collapsed?: Iterable<string>;
  /** Margin around the drawing, in px. */
  margin?: number;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function renderSvg(graph: GraphModel, layout: LayoutResult, theme: GraphTheme = LIGHT_THEME, options: SvgOptions = {}): string {
  const collapsed = new Set(options.collapsed ?? []);
  const m = options.margin ?? 8;
  const W = r1(layout.width + 2 * m), H = r1(layout.height + 2 * m);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="${-m} ${-m} ${W} ${H}" font-family="${escapeXml(theme.fontFamily)}" font-size="13">`);
  out.push(`<style>${css(theme)}</style>`);
  const icons = new Set<string>();
  for (const n of graph.nodes) {
    if (!layout.nodes[n.id]) continue;
    icons.add(n.icon);
    if (n.badges.length) icons.add('sync');
    if (n.severity) icons.add(n.severity === 'error' ? 'error' : 'warning');
    if (n.container) icons.add('chevron-down').add('chevron-right');
  }
  out.push('<defs>');
  for (const name of [...icons].sort()) out.push(`<symbol id="i-${name}" viewBox="0 0 16 16">${ICONS[name] ?? ICONS.question}</symbol>`);
  out.push('</defs>');
  out.push(`<rect class="bg" x="${-m}" y="${-m}" width="${W}" height="${H}"/>`);

  const open = (n: GraphNode) => n.container && !collapsed.has(n.id);
  for (const n of graph.nodes) if (open(n) && layout.nodes[n.id]) out.push(nodeSvg(n, layout.nodes[n.id], false));
  for (const e of graph.edges) if (layout.edges[e.id]) out.push(edgeSvg(e, layout));
  for (const n of graph.nodes) if (!open(n) && layout.nodes[n.id]) out.push(nodeSvg(n, layout.nodes[n.id], collapsed.has(n.id)));
  for (const e of graph.edges) if (layout.edges[e.id]?.label && e.label !== undefined) out.push(edgeLabelSvg(e, layout.edges[e.id]));
  out.push('</svg>');
  return out.join('\n');
}

function css(t: GraphTheme): string {
  const roles = ['task', 'pass', 'choice', 'wait', 'succeed', 'fail', 'parallel', 'map', 'marker', 'unknown'] as const;
  return [
    `.bg{fill:${t.background}}`,
    `text{fill:${t.foreground}}`, `.sub,.scope-title{fill:${t.description};font-size:11px}`,
    `.shape{fill:${t.nodeBackground};stroke-width:1.5}`, `.container>.shape{fill:${t.containerBackground}}`,
    `.missing>.shape{stroke-dasharray:5 3}`, `.sink>.shape{stroke-dasharray:3 2}`, `.sink text{font-size:11px}`,
        `.edge{fill:none;stroke:${t.edge};stroke-width:1.2}`, `.arrow{fill:${t.edge}}`,
    `.edge.catch{stroke:${t.catchEdge};stroke-dasharray:5 3}`, `.arrow.catch{fill:${t.catchEdge}}`,
    `.edge.default{stroke-dasharray:2 3}`,
    `.elabel rect{fill:${t.labelBackground}}`, `.elabel text{font-size:11px;fill:${t.description}}`, `.elabel.catch text{fill:${t.catchEdge}}`,
    `.badge rect{fill:${t.badgeBackground}}`, `.badge text{fill:${t.badgeForeground};font-size:10px}`, `.badge use{color:${t.badgeForeground}}`,
    `.problem.error{color:${t.error}}`, `.problem.warning{color:${t.warning}}`, `.problem circle{fill:${t.background}}`,
    `.toggle{color:${t.description}}`,
    ...roles.map((r) => `.c-${r}>.shape{stroke:${t[r]}}.c-${r}>.icon{color:${t[r]}}`),
    `.start>.shape,.end>.shape{fill:${t.background}}`,
    `.scope>.shape{fill:none;stroke:${t.description};stroke-opacity:.6;stroke-dasharray:4 3}`,
  ].join('');
}

function textSvg(p: TextPart, cls: string): string {
  const squeeze = p.squeeze ? ` textLength="${r1(p.squeeze)}" lengthAdjust="spacingAndGlyphs"` : '';
  const anchor = p.anchor === 'middle' ? ' text-anchor="middle"' : '';
  return `<text class="${cls}" x="${r1(p.x)}" y="${r1(p.y)}"${squeeze}${anchor}>${escapeXml(p.text)}</text>`;
}

function nodeSvg(n: GraphNode, r: Rect, collapsed: boolean): string {
  const open = n.container && !collapsed;
  const cls = ['node', n.kind, `c-${n.color}`, open ? 'container' : '', n.type ? `t-${n.type}` : ''].filter(Boolean).join(' ');
  const shape = open && n.kind === 'state' ? 'container' : n.shape;
  const parts = nodeParts(n, r.width, r.height, collapsed);
  const s: string[] = [`<g class="${cls}" data-id="${escapeXml(n.id)}" transform="translate(${r1(r.x)},${r1(r.y)})">`];
  s.push(`<title>${escapeXml(titleOf(n))}</title>`);
  s.push(`<path class="shape" d="${shapePath(shape, r.width, r.height)}"/>`);
  if (parts.icon) s.push(`<use class="icon" href="#i-${n.icon}" x="${r1(parts.icon.x)}" y="${r1(parts.icon.y)}" width="${parts.icon.size}" height="${parts.icon.size}"/>`);
  if (parts.label) s.push(textSvg(parts.label, n.kind === 'scope' ? 'scope-title' : 'label'));
  if (parts.sublabel) s.push(textSvg(parts.sublabel, 'sub'));
  if (parts.toggle) s.push(`<use class="toggle" href="#i-${parts.toggle.expanded ? 'chevron-down' : 'chevron-right'}" x="${r1(parts.toggle.x)}" y="${r1(parts.toggle.y)}" width="16" height="16"/>`);
  for (const b of parts.badges) {
    s.push(`<g class="badge ${b.kind}" transform="translate(${r1(b.x)},${r1(b.y)})"><title>${escapeXml(b.title)}</title>`
      + `<rect width="${r1(b.width)}" height="${BADGE_HEIGHT}" rx="8"/><use href="#i-sync" x="3" y="2" width="12" height="12"/>`
      + (b.text ? `<text x="16" y="12">${escapeXml(b.text)}</text>` : '') + '</g>');
  }
  if (parts.problem) {
    const p = parts.problem;
    s.push(`<g class="problem ${p.severity}" transform="translate(${p.x},${p.y})"><circle cx="8" cy="8" r="8"/><use href="#i-${p.severity}" width="16" height="16"/></g>`);
  }
  s.push('</g>');
  return s.join('');
}

function edgeSvg(e: GraphEdge, layout: LayoutResult): string {
  const pts = layout.edges[e.id].points;
  return `<g class="edge-g ${e.kind}" data-id="${escapeXml(e.id)}"><path class="edge ${e.kind}" d="${edgePath(pts)}"/><path class="arrow ${e.kind}" d="${arrowPath(pts)}"/></g>`;
}

function edgeLabelSvg(e: GraphEdge, layout: EdgeLayout): string {
  const p = edgeLabelParts(e.label ?? '', layout.points, layout.label!);
  return `<g class="elabel ${e.kind}"><title>${escapeXml(e.title ?? e.label ?? '')}</title><rect x="${r1(p.box.x)}" y="${r1(p.box.y)}" width="${r1(p.box.width)}" height="${p.box.height}" rx="3"/>`
    + `<text x="${r1(p.x)}" y="${r1(p.y)}" text-anchor="middle">${escapeXml(p.text)}</text></g>`;
}

/** The hover text of a node: name, type, second line, problems. */
export function titleOf(n: GraphNode): string {
  const lines = [n.kind === 'state' ? `${n.label} (${n.type})` : n.kind === 'sink' ? `→ ${n.label}` : n.label];
  if (n.sublabel) lines.push(n.sublabel);
  for (const b of n.badges) lines.push(b.title);
  for (const p of n.problems ?? []) lines.push(`${n.severity === 'error' ? 'Error' : 'Warning'}: ${p}`);
  return lines.join('\n');
}

