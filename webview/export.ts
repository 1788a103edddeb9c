// "Export as SVG/PNG": the engine's renderSvg with the theme resolved from the page's --vscode-* variables, so the
// file has concrete colours; PNG rasterises that SVG on a canvas at twice the size.
import { renderSvg } from '../engine/graph/svg';
import { DARK_THEME, LIGHT_THEME, resolveTheme } from '../engine/graph/theme';
import type { GraphModel, LayoutResult } from '../engine/graph/types';
import type { ExportFormat } from '../protocol/webview';

export function currentTheme() {
  const style = getComputedStyle(document.body);
  const dark = document.body.classList.contains('vscode-dark') || document.body.classList.contains('vscode-high-contrast');
  return resolveTheme((v) => style.getPropertyValue(v), dark ? DARK_THEME : LIGHT_THEME);
}

export async function exportGraph(format: ExportFormat, graph: GraphModel, layout: LayoutResult, collapsed: Iterable<string>): Promise<string> {
  const text = renderSvg(graph, layout, currentTheme(), { collapsed });
  if (format === 'svg') return text;
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the SVG could not be rasterised'));
      img.src = url;
    });
    // Twice the size for sharpness, within what a canvas can hold.
    const scale = Math.min(2, 16000 / Math.max(1, img.width), 16000 / Math.max(1, img.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(img.width * scale);
    canvas.height = Math.ceil(img.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
  } finally {
    URL.revokeObjectURL(url);
  }
}
