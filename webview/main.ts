// Entry of dist/webview.js (an IIFE loaded by the custom editor's page under a nonce CSP): builds the page,
// injects the graph stylesheet (the engine's, with --vscode-* colours), and says `ready` to the host first.
import { ICONS } from '../engine/graph/icons';
import { graphCss, iconDefs, markerDefs } from '../engine/graph/svg';
import { LIGHT_THEME, THEME_VARIABLES, type GraphTheme, type ThemeKey } from '../engine/graph/theme';
import type { HostMessage, ViewAction } from '../protocol/webview';
import { html, svg } from './dom';
import { StateStore } from './state';
import { GraphView } from './view';
import { post } from './host';

const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';

function liveTheme(): GraphTheme {
  const t = { ...LIGHT_THEME };
  for (const [key, variable] of Object.entries(THEME_VARIABLES) as [ThemeKey, string][]) t[key] = `var(${variable}, ${LIGHT_THEME[key]})`;
  t.fontFamily = 'var(--vscode-font-family)';
  return t;
}

function build(): GraphView {
  // The nonce must be set before the element joins the page, or the CSP blocks it.
  const style = html('style');
  style.nonce = nonce;
  style.textContent = graphCss(liveTheme());
  document.head.appendChild(style);

  const body = document.body;
  const toolbar = html('div', { id: 'toolbar', role: 'toolbar', 'aria-label': 'Graph' }, body);
  const buttons: [string, string, ViewAction | 'minimap'][] = [
    ['zoom-out', 'Zoom Out (-)', { kind: 'zoom', factor: 1 / 1.2 }],
    ['zoom-in', 'Zoom In (+)', { kind: 'zoom', factor: 1.2 }],
    ['screen-full', 'Fit to View (0)', { kind: 'fit' }],
    ['collapse-all', 'Collapse All Parallel and Map States', { kind: 'collapseAll' }],
    ['expand-all', 'Expand All', { kind: 'expandAll' }],
    ['map', 'Toggle Minimap', 'minimap'],
    ['search', 'Find State (Ctrl+F)', { kind: 'find' }],
    ['export', 'Export as SVG', { kind: 'export', format: 'svg' }],
    ['file-media', 'Export as PNG', { kind: 'export', format: 'png' }],
  ];
  const actions = new Map<HTMLButtonElement, ViewAction | 'minimap'>();
  for (const [icon, title, action] of buttons) {
    const b = html('button', { class: `codicon codicon-${icon}`, title, 'aria-label': title, 'data-action': typeof action === 'string' ? action : action.kind }, toolbar);
    actions.set(b, action);
  }
  const findBox = html('div', { id: 'find', hidden: '' }, toolbar);
  const findInput = html('input', { type: 'text', placeholder: 'Find state', 'aria-label': 'Find state by name' }, findBox);
  const findCount = html('span', { id: 'find-count', 'aria-live': 'polite' }, findBox);
  const findClose = html('button', { class: 'codicon codicon-close', title: 'Close (Escape)', 'aria-label': 'Close find' }, findBox);

  const banner = html('div', { id: 'banner', role: 'status', hidden: '' }, body);
  const canvas = html('div', { id: 'canvas' }, body);
  const root = svg('svg', { id: 'graph', role: 'tree', 'aria-label': 'Workflow graph: arrow keys move between states, Enter shows the state in the text, Space collapses' }, canvas);
  svg('defs', {}, root).innerHTML = iconDefs(Object.keys(ICONS)) + markerDefs();
  const viewport = svg('g', { id: 'viewport' }, root);
  const empty = html('div', { id: 'empty', hidden: '' }, canvas);
  const minimap = html('div', { id: 'minimap', hidden: '' }, body);
  const hover = html('div', { id: 'hover', hidden: '' }, body);

  const view = new GraphView({ canvas, svg: root, viewport, banner, empty, minimap, hover, findBox, findInput, findCount }, store);
  for (const [b, action] of actions) b.addEventListener('click', () => (action === 'minimap' ? view.toggleMinimap() : void view.act(action)));
  findClose.addEventListener('click', () => findInput.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
  return view;
}

const store = new StateStore();
const view = build();
window.addEventListener('message', (e: MessageEvent<HostMessage>) => {
  const m = e.data;
  if (m && typeof m === 'object' && typeof m.kind === 'string') view.receive(m);
});
window.addEventListener('error', (e) => post({ kind: 'error', message: `${e.message} (${e.filename}:${e.lineno})` }));
window.addEventListener('unhandledrejection', (e) => post({ kind: 'error', message: String((e.reason as Error)?.stack ?? e.reason) }));
window.addEventListener('pagehide', () => store.flush());
post({ kind: 'ready' });
