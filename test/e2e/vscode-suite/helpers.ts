// Shared by the e2e test files: the extension's API, opening fixtures, polling for what the server sends.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StepwiseApi } from '../../../client/ctx';

export const EXTENSION_ID = 'stepwise.stepwise';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function api(): Promise<StepwiseApi> {
  const ext = vscode.extensions.getExtension<StepwiseApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  const exports = ext.isActive ? ext.exports : await ext.activate();
  await exports.ready();
  return exports;
}

/** Polls `probe` until it returns a value that is not undefined, or fails with `what` after `ms`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return c === undefined ? undefined : String(typeof c === 'object' ? c.value : c);
}

/** Diagnostics of a document once at least one has the code, else undefined (for waitFor). */
export function diagnosticsWith(uri: vscode.Uri, code: string): vscode.Diagnostic[] | undefined {
  const ds = vscode.languages.getDiagnostics(uri);
  return ds.some((d) => codeOf(d) === code) ? ds : undefined;
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  return ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${d.message}`).join('\n') || '(none)';
}

/** The position just after the first occurrence of `before` in the document, or in the first occurrence of
 * `within` when given (to pick one of several occurrences). */
export function positionAfter(doc: vscode.TextDocument, before: string, within?: string): vscode.Position {
  const text = doc.getText();
  const start = within === undefined ? 0 : text.indexOf(within);
  assert.ok(start >= 0, `${JSON.stringify(within)} is in ${doc.uri.path}`);
  const i = text.indexOf(before, start);
  assert.ok(i >= 0 && (within === undefined || i < start + within.length), `${JSON.stringify(before)} is in ${doc.uri.path}`);
  return doc.positionAt(i + before.length);
}

/** Applies a document's edits of a WorkspaceEdit to its text, without touching the document. */
export function applyEdits(doc: vscode.TextDocument, edits: readonly vscode.TextEdit[]): string {
  const text = doc.getText();
  const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, doc.offsetAt(e.range.start)) + e.newText + out.slice(doc.offsetAt(e.range.end));
  return out;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('stepwise').update(key, value, vscode.ConfigurationTarget.Global);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
