// The graph view's page. No vscode import: the host passes the webview's URIs in, and the webview tests build the
// same page from file:// URIs. Content-Security-Policy: nothing by default; scripts only with this page's nonce
// (no eval); styles from the extension or with the nonce (the graph stylesheet main.ts injects); fonts (codicons)
// and images only from the extension, plus data:/blob: images for PNG export. No remote content at all.

export interface GraphPageOptions {
  /** `webview.cspSource`: where the extension's resources are served from. */
  cspSource: string;
  /** URIs of dist/webview.js, dist/webview.css and dist/codicons/codicon.css as the webview sees them. */
  script: string;
  style: string;
  codicons: string;
  nonce: string;
  title?: string;
}

export function graphPage(o: GraphPageOptions): string {
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${o.nonce}'`,
    `style-src ${o.cspSource} 'nonce-${o.nonce}'`,
    `font-src ${o.cspSource}`,
    `img-src ${o.cspSource} data: blob:`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(o.codicons)}">
<link rel="stylesheet" href="${attr(o.style)}">
<title>${attr(o.title ?? 'Workflow graph')}</title>
</head>
<body>
<script nonce="${o.nonce}" src="${attr(o.script)}"></script>
</body>
</html>`;
}

/** 32 random alphanumerics from a CSPRNG (Web Crypto, available in Node 20 and browsers). */
export function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => chars[b % chars.length]).join('');
}

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
