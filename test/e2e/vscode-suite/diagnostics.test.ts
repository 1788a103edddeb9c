// Diagnostics computed by the server reach VS Code: a Next to a missing state is an `undefined-state` error at the
// reference, in JSON and in YAML; valid documents have no errors; the stepwise.validation.* settings are honoured.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, codeOf, describeDiagnostics, diagnosticsWith, open, setSetting, waitFor, workspaceFile } from './helpers';

const UNDEFINED = 'undefined-state';

function assertMissingReported(doc: vscode.TextDocument, ds: vscode.Diagnostic[], line: number) {
  const errors = ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
  assert.equal(errors.length, 1, `exactly one error in ${doc.uri.path}:\n${describeDiagnostics(ds)}`);
  const [d] = errors;
  assert.equal(codeOf(d), UNDEFINED);
  assert.equal(d.range.start.line, line, `reported on line ${line + 1}:\n${describeDiagnostics(ds)}`);
  assert.match(doc.getText(d.range), /Missing/, 'the range covers the reference');
  assert.match(d.message, /Missing/);
}

describe('diagnostics', () => {
  before(async () => { await api(); });

  it('reports a Next to a missing state in JSON', async () => {
    const { document } = await open('broken.asl.json');
    const ds = await waitFor(`${UNDEFINED} in broken.asl.json`, () => diagnosticsWith(document.uri, UNDEFINED));
    assertMissingReported(document, ds, 7);
  });

  it('reports a Next to a missing state in YAML', async () => {
    const { document } = await open('broken.asl.yaml');
    const ds = await waitFor(`${UNDEFINED} in broken.asl.yaml`, () => diagnosticsWith(document.uri, UNDEFINED));
    assertMissingReported(document, ds, 8);
  });

  it('reports no errors in valid documents', async () => {
    for (const name of ['valid.asl.json', 'valid.asl.yaml']) {
      const { document } = await open(name);
      // the broken documents above prove the server answers; give this one time to be validated too
      await new Promise((r) => setTimeout(r, 1500));
      const errors = vscode.languages.getDiagnostics(document.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      assert.equal(errors.length, 0, `${name}:\n${describeDiagnostics(errors)}`);
    }
  });

  it('reports problems in an untitled asl document', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'asl', content: '{\n  "StartAt": "Nowhere",\n  "States": {\n    "A": { "Type": "Succeed" }\n  }\n}\n' });
    await vscode.window.showTextDocument(doc);
    try {
      const ds = await waitFor(`${UNDEFINED} in an untitled document`, () => diagnosticsWith(doc.uri, UNDEFINED));
      assert.equal(ds.find((d) => codeOf(d) === UNDEFINED)?.range.start.line, 1);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('reports nothing when stepwise.validation.enable is false, and again when it is true', async () => {
    const uri = workspaceFile('broken.asl.json');
    await open('broken.asl.json');
    await waitFor('diagnostics before the change', () => diagnosticsWith(uri, UNDEFINED));
    try {
      await setSetting('validation.enable', false);
      await waitFor('diagnostics to be cleared', () => (vscode.languages.getDiagnostics(uri).length === 0 ? true : undefined));
    } finally {
      await setSetting('validation.enable', undefined);
    }
    await waitFor('diagnostics to come back', () => diagnosticsWith(uri, UNDEFINED));
  });

  it('hides the codes listed in stepwise.validation.ignore', async () => {
    const uri = workspaceFile('broken.asl.json');
    await open('broken.asl.json');
    await waitFor('diagnostics before the change', () => diagnosticsWith(uri, UNDEFINED));
    try {
      await setSetting('validation.ignore', [UNDEFINED]);
      await waitFor(`${UNDEFINED} to be hidden`, () => (vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === UNDEFINED) ? undefined : true));
    } finally {
      await setSetting('validation.ignore', undefined);
    }
    await waitFor(`${UNDEFINED} to come back`, () => diagnosticsWith(uri, UNDEFINED));
  });
});
