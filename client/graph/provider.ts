// The graph view as a CustomTextEditorProvider (priority "option": the text editor stays the default). The
// TextDocument is the model: the panel shows the server's graph of it, reveals states in a text editor when a
// node is selected, and highlights the node under the text cursor. The webview never writes text.
import * as vscode from 'vscode';
import type { GraphModel } from '../../engine/graph/types';
import type { GraphUpdate } from '../../protocol/graph';
import type { ExportFormat, HostMessage, RenderedMessage, ViewAction, ViewMessage } from '../../protocol/webview';
import type { Ctx } from '../ctx';
import { graphPage, makeNonce } from './html';
import type { GraphHub } from './hub';

export const VIEW_TYPE = 'stepwise.graph';

export class GraphPanel implements vscode.Disposable {
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];
  lastRendered: RenderedMessage | undefined;

  constructor(readonly document: vscode.TextDocument, readonly panel: vscode.WebviewPanel, private readonly ctx: Ctx, private readonly hub: GraphHub, private readonly onDispose: () => void) {
    const dist = vscode.Uri.joinPath(ctx.extension.extensionUri, 'dist');
    const webview = panel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [dist] };
    webview.html = graphPage({
      cspSource: webview.cspSource,
      script: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      style: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css')).toString(),
      codicons: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'codicons/codicon.css')).toString(),
      nonce: makeNonce(),
      title: `Graph: ${vscode.workspace.asRelativePath(document.uri)}`,
    });
    this.disposables.push(
      webview.onDidReceiveMessage((m: ViewMessage) => this.onMessage(m)),
      hub.add({ uri: document.uri.toString(), onGraph: (u) => this.post({ kind: 'graph', update: u }) }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  get uri(): string { return this.document.uri.toString(); }

  post(message: HostMessage): void {
    // Until the script says `ready`, messages would be lost; the latest graph is sent on `ready`.
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  act(action: ViewAction): void {
    this.post({ kind: 'action', action });
  }

  private async onMessage(m: ViewMessage): Promise<void> {
    switch (m.kind) {
      case 'ready': {
        this.ready = true;
        const have = this.hub.get(this.uri);
        if (have) this.post({ kind: 'graph', update: have });
        // Also pull, in case nothing was pushed yet (or the push is older than the document).
        if (!have || have.version !== this.document.version) await this.hub.refresh(this.uri);
        this.highlightFromEditor();
        break;
      }
      case 'select': await this.reveal(m.id, m.version, m.focusEditor); break;
      case 'exported': await this.save(m.format, m.data); break;
      case 'rendered':
        this.lastRendered = m;
        this.ctx.output.trace(`graph ${vscode.workspace.asRelativePath(this.document.uri)} v${m.version}: ${m.nodes} nodes, layout ${m.layoutMs} ms, draw ${m.drawMs} ms${m.structural ? '' : ' (layout reused)'}`);
        break;
      case 'intent':
        void vscode.window.showInformationMessage('Editing the workflow from the graph is not available yet: edit the text, the graph follows.');
        break;
      case 'error': this.ctx.output.error(`graph view: ${m.message}`); break;
    }
  }

  /** Selects the state's name in a text editor of the document (beside the graph), and shows it. */
  private async reveal(id: string, version: number, focusEditor: boolean): Promise<void> {
    let update: GraphUpdate | undefined = this.hub.get(this.uri);
    if (!update || update.version !== version || version !== this.document.version) update = await this.hub.refresh(this.uri) ?? update;
    const node = findNode(update?.graph, id);
    if (!node?.range) return;
    const start = this.document.positionAt(node.range.offset), end = this.document.positionAt(node.range.offset + node.range.length);
    const selection = new vscode.Selection(start, end);
    let editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri);
    if (!editor || focusEditor) {
      const column = editor?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
      editor = await vscode.window.showTextDocument(this.document, { viewColumn: column, preserveFocus: !focusEditor, preview: false, selection });
    }
    editor.selection = selection;
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Sends the node under the text cursor of a visible editor of the document. */
  highlightFromEditor(editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri)): void {
    if (!editor) return;
    const update = this.hub.get(this.uri);
    if (!update?.graph || update.version !== editor.document.version) return;
    this.post({ kind: 'highlight', id: nodeAt(update.graph, editor.document.offsetAt(editor.selection.active)) ?? null });
  }

  private async save(format: ExportFormat, data: string): Promise<void> {
    const base = this.document.uri.path.replace(/\.asl\.(json|ya?ml)$|\.(json|ya?ml|asl)$/, '');
    const target = await vscode.window.showSaveDialog({
      defaultUri: this.document.uri.with({ path: `${base}.${format}` }),
      filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
      title: `Export Graph as ${format.toUpperCase()}`,
    });
    if (!target) return;
    const bytes = format === 'svg' ? new TextEncoder().encode(data) : Uint8Array.from(Buffer.from(data, 'base64'));
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(`Graph exported to ${vscode.workspace.asRelativePath(target)}`);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    this.onDispose();
  }
}

function findNode(graph: GraphModel | null | undefined, id: string) {
  return graph?.nodes.find((n) => n.id === id);
}

/** The innermost state whose text contains the offset. */
export function nodeAt(graph: GraphModel, offset: number): string | undefined {
  let best: { id: string; length: number } | undefined;
  for (const n of graph.nodes) {
    const e = n.extent;
    if (n.kind !== 'state' || !e || offset < e.offset || offset > e.offset + e.length) continue;
    if (!best || e.length < best.length) best = { id: n.id, length: e.length };
  }
  return best?.id;
}

export class GraphEditorProvider implements vscode.CustomTextEditorProvider {
  readonly panels = new Set<GraphPanel>();
  private active: GraphPanel | undefined;

  constructor(private readonly ctx: Ctx, private readonly hub: GraphHub) {}

  resolveCustomTextEditor(document: vscode.TextDocument, panel: vscode.WebviewPanel): void {
    const p = new GraphPanel(document, panel, this.ctx, this.hub, () => {
      this.panels.delete(p);
      if (this.active === p) this.active = undefined;
    });
    this.panels.add(p);
    this.active = p;
    panel.onDidChangeViewState((e) => { if (e.webviewPanel.active) this.active = p; });
  }

  /** The graph panel commands act on: the focused one, else the last focused, else one of the active document. */
  current(): GraphPanel | undefined {
    const focused = [...this.panels].find((p) => p.panel.active);
    if (focused) return focused;
    if (this.active && this.panels.has(this.active)) return this.active;
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    return [...this.panels].find((p) => p.uri === uri);
  }

  forDocument(uri: string): GraphPanel[] {
    return [...this.panels].filter((p) => p.uri === uri);
  }
}
