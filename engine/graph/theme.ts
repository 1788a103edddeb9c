// The colours the graph uses, each tied to one VS Code theme variable. The live view uses the variables directly
// (webview/style.css); an export resolves them in the webview, and the CLI uses the built-in light or dark values
// (VS Code's default Light Modern and Dark Modern themes).
import type { ColorRole } from './types';

export type ThemeKey =
  | 'background' | 'foreground' | 'description' | 'nodeBackground' | 'nodeBorder' | 'containerBackground'
  | 'containerBorder' | 'edge' | 'catchEdge' | 'labelBackground' | 'focus' | 'error' | 'warning'
  | 'badgeBackground' | 'badgeForeground' | ColorRole;

export type GraphTheme = Record<ThemeKey, string> & { fontFamily: string };

/** The `--vscode-*` variable behind each theme key. */
export const THEME_VARIABLES: Record<ThemeKey, string> = {
  background: '--vscode-editor-background',
  foreground: '--vscode-editor-foreground',
  description: '--vscode-descriptionForeground',
  nodeBackground: '--vscode-editorWidget-background',
  nodeBorder: '--vscode-editorWidget-border',
  containerBackground: '--vscode-textBlockQuote-background',
  containerBorder: '--vscode-panel-border',
  edge: '--vscode-descriptionForeground',
  catchEdge: '--vscode-errorForeground',
  labelBackground: '--vscode-editor-background',
  focus: '--vscode-focusBorder',
  error: '--vscode-editorError-foreground',
  warning: '--vscode-editorWarning-foreground',
  badgeBackground: '--vscode-badge-background',
  badgeForeground: '--vscode-badge-foreground',
  task: '--vscode-charts-blue',
  pass: '--vscode-descriptionForeground',
  choice: '--vscode-charts-orange',
  wait: '--vscode-charts-yellow',
  succeed: '--vscode-charts-green',
  fail: '--vscode-charts-red',
  parallel: '--vscode-charts-purple',
  map: '--vscode-terminal-ansiCyan',
  marker: '--vscode-editor-foreground',
  unknown: '--vscode-disabledForeground',
};

export const LIGHT_THEME: GraphTheme = {
  background: '#ffffff', foreground: '#3b3b3b', description: '#717171', nodeBackground: '#f8f8f8', nodeBorder: '#e5e5e5',
  containerBackground: '#f8f8f8', containerBorder: '#e5e5e5', edge: '#717171', catchEdge: '#f85149', labelBackground: '#ffffff',
  focus: '#005fb8', error: '#e51400', warning: '#bf8803', badgeBackground: '#cccccc', badgeForeground: '#3b3b3b',
  task: '#1a85ff', pass: '#717171', choice: '#d18616', wait: '#bf8803', succeed: '#388a34', fail: '#e51400',
  parallel: '#652d90', map: '#0598bc', marker: '#3b3b3b', unknown: '#61616180',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Ubuntu, sans-serif',
};

export const DARK_THEME: GraphTheme = {
  background: '#1f1f1f', foreground: '#cccccc', description: '#9d9d9d', nodeBackground: '#202020', nodeBorder: '#313131',
  containerBackground: '#2b2b2b', containerBorder: '#2b2b2b', edge: '#9d9d9d', catchEdge: '#f85149', labelBackground: '#1f1f1f',
  focus: '#0078d4', error: '#f14c4c', warning: '#cca700', badgeBackground: '#616161', badgeForeground: '#f8f8f8',
  task: '#3794ff', pass: '#9d9d9d', choice: '#d18616', wait: '#cca700', succeed: '#89d185', fail: '#f14c4c',
  parallel: '#b180d7', map: '#11a8cd', marker: '#cccccc', unknown: '#cccccc80',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Ubuntu, sans-serif',
};

/** A theme from a variable lookup (the webview passes getComputedStyle); missing values fall back to `fallback`. */
export function resolveTheme(lookup: (variable: string) => string | undefined, fallback: GraphTheme = LIGHT_THEME): GraphTheme {
  const out = { ...fallback };
  for (const [key, variable] of Object.entries(THEME_VARIABLES) as [ThemeKey, string][]) {
    const v = lookup(variable)?.trim();
    if (v) out[key] = v;
  }
  const font = lookup('--vscode-font-family')?.trim();
  if (font) out.fontFamily = font;
  return out;
}
