// GraphModel + LayoutResult + theme → SVG markup (pure string building). The same pieces draw the live view
// (webview/render.ts puts them in the page and styles them by class with graphCss over `var(--vscode-…)`) and the
// exported file (`stepwise render`, "Export as SVG/PNG"), where the colours are presentation attributes: no
// <style>, so the file renders the same in any viewer and as an image under the webview's CSP.
import { edgePath, shapePath } from './geometry';
import { ICONS } from './icons';
import { edgeLabelParts, nodeParts, BADGE_HEIGHT, type TextPart } from './parts';
import { LIGHT_THEME, type GraphTheme } from './theme';
import type { GraphEdge, GraphModel, GraphNode, LayoutResult, Rect } from './types';

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

/** A standalone SVG document of the whole graph. */
export function renderSvg(graph: GraphModel, layout: LayoutResult, theme: GraphTheme = LIGHT_THEME, options: SvgOptions = {}): string {
  const collapsed = new Set(options.collapsed ?? []);
  const m = options.margin ?? 8;
  const W = r1(layout.width + 2 * m), H = r1(layout.height + 2 * m);
  const layers = graphLayers(graph, layout, collapsed, false, theme);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="${-m} ${-m} ${W} ${H}" font-family="${escapeXml(theme.fontFamily)}" font-size="13">`,
    `<defs>${iconDefs(usedIcons(graph, layout))}${markerDefs(theme)}</defs>`,
    `<rect class="bg" x="${-m}" y="${-m}" width="${W}" height="${H}" fill="${escapeXml(theme.background)}"/>`,
    layers.containers, layers.edges, layers.labels, layers.nodes,
    '</svg>',
  ].join('\n');
}

/** The four layers, back to front: open containers, edges, edge labels, the other nodes (badges stay on top). */
/**
 * The drawing's four layers as markup. Without `detail` (the live view zoomed out below reading size) nodes are
 * shapes with their problem marks only, and edges have no labels: a quarter fewer elements and none of the icon
 * instances, which is most of what a first draw of a large graph costs.
 */
export function graphLayers(graph: GraphModel, layout: LayoutResult, collapsed: ReadonlySet<string>, interactive: boolean, theme?: GraphTheme, detail = true): { containers: string; edges: string; nodes: string; labels: string } {
  const open = (n: GraphNode) => !!n.container && !collapsed.has(n.id);
  const containers: string[] = [], edges: string[] = [], nodes: string[] = [], labels: string[] = [];
  for (const n of graph.nodes) {
    const r = layout.nodes[n.id];
    if (!r) continue;
    (open(n) ? containers : nodes).push(nodeMarkup(n, r, collapsed.has(n.id), interactive, theme, detail));
  }
  for (const e of graph.edges) {
    const l = layout.edges[e.id];
    if (!l) continue;
    edges.push(edgeMarkup(e, layout, theme));
    if (detail && l.label && e.label !== undefined) labels.push(edgeLabelMarkup(e, layout, theme));
  }
  return { containers: containers.join(''), edges: edges.join(''), nodes: nodes.join(''), labels: labels.join('') };
}

export function usedIcons(graph: GraphModel, layout?: LayoutResult): string[] {
  const icons = new Set<string>();
  for (const n of graph.nodes) {
    if (layout && !layout.nodes[n.id]) continue;
    icons.add(n.icon);
    if (n.badges.length) icons.add('sync');
    if (n.severity) icons.add(n.severity === 'error' ? 'error' : 'warning');
    if (n.container) icons.add('chevron-down').add('chevron-right');
  }
  return [...icons].sort();
}

/** `<symbol id="i-NAME">` for each icon. */
export function iconDefs(names: Iterable<string>): string {
  return [...names].map((name) => `<symbol id="i-${name}" viewBox="0 0 16 16" fill="currentColor">${ICONS[name] ?? ICONS.question}</symbol>`).join('');
}

/** The graph's stylesheet for a theme: concrete colours for files, `var(--vscode-…)` values for the live view. */
export function graphCss(t: GraphTheme): string {
  const roles = ['task', 'pass', 'choice', 'wait', 'succeed', 'fail', 'parallel', 'map', 'marker', 'unknown'] as const;
  return [
    `.bg{fill:${t.background}}`,
    `.node text{fill:${t.foreground}}`, `.node .sub,.node .scope-title{fill:${t.description};font-size:11px}`,
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

/** Presentation attributes from a theme (files), or nothing (the live view styles by class). */
function paint(t: GraphTheme | undefined, attrs: (t: GraphTheme) => Record<string, string | number | undefined>): string {
  if (!t) return '';
  return Object.entries(attrs(t)).filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`).join('');
}

function textSvg(p: TextPart, cls: string, colors = ''): string {
  const squeeze = p.squeeze ? ` textLength="${r1(p.squeeze)}" lengthAdjust="spacingAndGlyphs"` : '';
  const anchor = p.anchor === 'middle' ? ' text-anchor="middle"' : '';
  return `<text class="${cls}" x="${r1(p.x)}" y="${r1(p.y)}"${squeeze}${anchor}${colors}>${escapeXml(p.text)}</text>`;
}

const DASH: Partial<Record<string, string>> = { missing: '5 3', sink: '3 2', scope: '4 3' };

/**
 * One node as a `<g class="node …" data-id>` at its position. `interactive` adds what the live view needs for
 * keyboard and screen readers (tabindex, role, label) instead of the `<title>` a file uses for hovers.
 */
export function nodeMarkup(n: GraphNode, r: Rect, collapsed: boolean, interactive: boolean, t?: GraphTheme, detail = true): string {
  const open = !!n.container && !collapsed;
  const cls = ['node', n.kind, `c-${n.color}`, open ? 'container' : '', collapsed ? 'collapsed' : '', n.type ? `t-${n.type}` : ''].filter(Boolean).join(' ');
  const shape = open && n.kind === 'state' ? 'container' : n.shape;
  const a11y = interactive
    ? ` tabindex="-1" role="treeitem" aria-label="${escapeXml(accessibleLabel(n, collapsed))}"${n.container ? ` aria-expanded="${!collapsed}"` : ''}`
    : '';
  const s: string[] = [`<g class="${cls}" data-id="${escapeXml(n.id)}" transform="translate(${r1(r.x)},${r1(r.y)})"${a11y}>`];
  if (!interactive) s.push(`<title>${escapeXml(titleOf(n))}</title>`);
  const small = (t: GraphTheme) => ({ fill: t.description, 'font-size': 11 });
  s.push(`<path class="shape" d="${shapePath(shape, r.width, r.height)}"${paint(t, (t) => ({
    fill: n.kind === 'scope' ? 'none' : n.kind === 'start' || n.kind === 'end' ? t.background : open ? t.containerBackground : t.nodeBackground,
    stroke: n.kind === 'scope' ? t.description : t[n.color], 'stroke-width': 1.5, 'stroke-dasharray': DASH[n.kind], 'stroke-opacity': n.kind === 'scope' ? 0.6 : undefined,
  }))}/>`);
  if (!detail) {
    // Shapes only (see graphLayers); a problem keeps its disc, which the zoomed-out view shows.
    const parts = n.severity ? nodeParts(n, r.width, r.height, collapsed) : undefined;
    if (parts?.problem) s.push(`<g class="problem ${parts.problem.severity}" transform="translate(${parts.problem.x},${parts.problem.y})"><circle cx="8" cy="8" r="8"/></g>`);
    s.push('</g>');
    return s.join('');
  }
  const parts = nodeParts(n, r.width, r.height, collapsed);
  if (parts.icon) s.push(`<use class="icon" href="#i-${n.icon}" x="${r1(parts.icon.x)}" y="${r1(parts.icon.y)}" width="${parts.icon.size}" height="${parts.icon.size}"${paint(t, (t) => ({ color: t[n.color] }))}/>`);
  if (parts.label) s.push(textSvg(parts.label, n.kind === 'scope' ? 'scope-title' : 'label', paint(t, (t) => (n.kind === 'scope' ? small(t) : { fill: t.foreground, 'font-size': n.kind === 'sink' ? 11 : undefined }))));
  if (parts.sublabel) s.push(textSvg(parts.sublabel, 'sub', paint(t, small)));
  if (parts.toggle) {
    s.push(`<g class="toggle" transform="translate(${r1(parts.toggle.x)},${r1(parts.toggle.y)})"${paint(t, (t) => ({ color: t.description }))}><rect class="hit" width="16" height="16" fill="transparent"/>`
      + `<use href="#i-${parts.toggle.expanded ? 'chevron-down' : 'chevron-right'}" width="16" height="16"/></g>`);
  }
  for (const b of parts.badges) {
    s.push(`<g class="badge ${b.kind}" transform="translate(${r1(b.x)},${r1(b.y)})"><title>${escapeXml(b.title)}</title>`
      + `<rect width="${r1(b.width)}" height="${BADGE_HEIGHT}" rx="8"${paint(t, (t) => ({ fill: t.badgeBackground }))}/><use href="#i-sync" x="3" y="2" width="12" height="12"${paint(t, (t) => ({ color: t.badgeForeground }))}/>`
      + (b.text ? `<text x="16" y="12"${paint(t, (t) => ({ fill: t.badgeForeground, 'font-size': 10 }))}>${escapeXml(b.text)}</text>` : '') + '</g>');
  }
  if (parts.problem) {
    const p = parts.problem;
    s.push(`<g class="problem ${p.severity}" transform="translate(${p.x},${p.y})"${paint(t, (t) => ({ color: p.severity === 'error' ? t.error : t.warning }))}><circle cx="8" cy="8" r="8"${paint(t, (t) => ({ fill: t.background }))}/><use href="#i-${p.severity}" width="16" height="16"/></g>`);
  }
  s.push('</g>');
  return s.join('');
}

/** One edge: a single path with its arrow head as a marker (one element per edge keeps big drawings light). */
export function edgeMarkup(e: GraphEdge, layout: LayoutResult, t?: GraphTheme): string {
  const pts = layout.edges[e.id].points;
  const line = paint(t, (t) => ({ fill: 'none', stroke: e.kind === 'catch' ? t.catchEdge : t.edge, 'stroke-width': 1.2, 'stroke-dasharray': e.kind === 'catch' ? '5 3' : e.kind === 'default' ? '2 3' : undefined }));
  return `<path class="edge ${e.kind}" data-id="${escapeXml(e.id)}" d="${edgePath(pts)}" marker-end="url(#${e.kind === 'catch' ? 'arrow-catch' : 'arrow'})"${line}/>`;
}

/** The two arrow heads edges end with (`#arrow`, `#arrow-catch`). */
export function markerDefs(t?: GraphTheme): string {
  const head = (id: string, cls: string, color: (t: GraphTheme) => string) => `<marker id="${id}" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse" orient="auto">`
    + `<path class="${cls}" d="M0,0.5L8,4L0,7.5Z"${paint(t, (t) => ({ fill: color(t) }))}/></marker>`;
  return head('arrow', 'arrow', (t) => t.edge) + head('arrow-catch', 'arrow catch', (t) => t.catchEdge);
}

export function edgeLabelMarkup(e: GraphEdge, layout: LayoutResult, t?: GraphTheme): string {
  const l = layout.edges[e.id];
  const p = edgeLabelParts(e.label ?? '', l.points, l.label!);
  return `<g class="elabel ${e.kind}" data-id="${escapeXml(e.id)}"><title>${escapeXml(e.title ?? e.label ?? '')}</title><rect x="${r1(p.box.x)}" y="${r1(p.box.y)}" width="${r1(p.box.width)}" height="${p.box.height}" rx="3"${paint(t, (t) => ({ fill: t.labelBackground }))}/>`
    + `<text x="${r1(p.x)}" y="${r1(p.y)}" text-anchor="middle"${paint(t, (t) => ({ fill: e.kind === 'catch' ? t.catchEdge : t.description, 'font-size': 11 }))}>${escapeXml(p.text)}</text></g>`;
}

/** The hover text of a node: name, type, second line, badges, problems. */
export function titleOf(n: GraphNode): string {
  const lines = [n.kind === 'state' ? `${n.label} (${n.type})` : n.kind === 'sink' ? `→ ${n.label}` : n.label];
  if (n.sublabel) lines.push(n.sublabel);
  for (const b of n.badges) lines.push(b.title);
  for (const p of n.problems ?? []) lines.push(`${n.severity === 'error' ? 'Error' : 'Warning'}: ${p}`);
  return lines.join('\n');
}

/** What a screen reader says for a node. */
export function accessibleLabel(n: GraphNode, collapsed = false): string {
  const parts: string[] = [];
  switch (n.kind) {
    case 'state': parts.push(`${n.label}, ${n.type} state`); break;
    case 'scope': parts.push(n.label); break;
    case 'start': parts.push('Start'); break;
    case 'end': parts.push('End'); break;
    case 'sink': parts.push(`Go to ${n.label}`); break;
    case 'missing': parts.push(`${n.label}, missing state`); break;
  }
  if (n.sublabel && n.kind !== 'missing') parts.push(n.sublabel);
  if (n.badges.some((b) => b.kind === 'retry')) parts.push('retries');
  if (n.container && collapsed) parts.push('collapsed');
  if (n.problems?.length) parts.push(`${n.problems.length} ${n.severity === 'error' ? 'error' : 'warning'}${n.problems.length > 1 ? 's' : ''}`);
  return parts.join(', ');
}
