// The graph view's registration: the custom editor, its commands (as small factories over the provider), and the
// text cursor → node highlight. One call from client/extension.ts: registerGraph(ctx).
import * as vscode from 'vscode';
import type { ExportFormat, ViewAction } from '../../protocol/webview';
import { LANGUAGES } from '../config';
import type { Ctx } from '../ctx';
import { GraphHub } from './hub';
import { GraphEditorProvider, VIEW_TYPE } from './provider';

export { VIEW_TYPE } from './provider';

type Command = (...args: unknown[]) => unknown;

/** The document a command is for: its URI argument (explorer, editor title), else the active ASL editor's. */
function targetUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const doc = vscode.window.activeTextEditor?.document;
  return doc && (LANGUAGES as readonly string[]).includes(doc.languageId) ? doc.uri : undefined;
}

function commands(provider: GraphEditorProvider): Record<string, Command> {
  const open = (column: vscode.ViewColumn) => async (arg: unknown) => {
    const uri = targetUri(arg) ?? [...provider.panels].at(-1)?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage('Open an ASL workflow (.asl.json, .asl.yaml) to see its graph.');
      return;
    }
    await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE, { viewColumn: column, preserveFocus: column === vscode.ViewColumn.Beside });
  };
  const act = (action: ViewAction) => () => {
    const p = provider.current();
    if (p) p.act(action); else void vscode.window.showInformationMessage('No workflow graph is open.');
  };
  const exportAs = (format: ExportFormat) => act({ kind: 'export', format });
  return {
    'stepwise.graph.openToSide': open(vscode.ViewColumn.Beside),
    'stepwise.graph.open': open(vscode.ViewColumn.Active),
    'stepwise.graph.showSource': async () => {
      const p = provider.current();
      if (p) await vscode.window.showTextDocument(p.document, { viewColumn: vscode.ViewColumn.Beside });
    },
    'stepwise.graph.exportSvg': exportAs('svg'),
    'stepwise.graph.exportPng': exportAs('png'),
    'stepwise.graph.fit': act({ kind: 'fit' }),
    'stepwise.graph.find': act({ kind: 'find' }),
  };
}

export interface GraphApi {
  readonly provider: GraphEditorProvider;
  readonly hub: GraphHub;
}

export function registerGraph(ctx: Ctx): GraphApi {
  const hub = new GraphHub(ctx);
  const provider = new GraphEditorProvider(ctx, hub);
  ctx.push(hub);
  ctx.push(vscode.window.registerCustomEditorProvider(VIEW_TYPE, provider, {
    // View state (zoom, pan, collapsed) is kept by the webview's own state, so hidden views need not stay alive.
    webviewOptions: { retainContextWhenHidden: false },
    supportsMultipleEditorsPerDocument: true,
  }));
  for (const [id, fn] of Object.entries(commands(provider))) ctx.push(vscode.commands.registerCommand(id, fn));

  // The text cursor highlights its state in every graph of the document (debounced: selections come in bursts).
  let timer: ReturnType<typeof setTimeout> | undefined;
  ctx.push(vscode.window.onDidChangeTextEditorSelection((e) => {
    const uri = e.textEditor.document.uri.toString();
    if (!provider.forDocument(uri).length) return;
    clearTimeout(timer);
    timer = setTimeout(() => provider.forDocument(uri).forEach((p) => p.highlightFromEditor(e.textEditor)), 60);
  }));
  ctx.push({ dispose: () => clearTimeout(timer) });
  return { provider, hub };
}
