// Completion inside a "Next" value offers the names of the states of the same States block. The runner turns
// VS Code's word-based suggestions off, so every item here comes from the language server.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, open, positionAfter } from './helpers';

const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label).replace(/^"|"$/g, '');

async function complete(doc: vscode.TextDocument, pos: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
  // belt and braces: never count a plain word from the text as a state name
  return list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Text).map(labelOf);
}

describe('completion', () => {
  before(async () => { await api(); });

  it('offers state names in an empty "Next": "" value', async () => {
    const { document } = await open('complete.asl.json');
    const labels = await complete(document, positionAfter(document, '"Next": "'));
    for (const name of ['Approve', 'Ship Order']) assert.ok(labels.includes(name), `"${name}" offered; got ${JSON.stringify(labels)}`);
  });

  it('offers state names in a half-typed "Next": " (unterminated string)', async () => {
    const content = '{\n  "StartAt": "Start",\n  "States": {\n    "Start": { "Type": "Pass", "Next": "\n    "Approve": { "Type": "Pass", "End": true }\n  }\n}\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'asl', content });
    await vscode.window.showTextDocument(doc);
    try {
      const labels = await complete(doc, positionAfter(doc, '"Next": "'));
      assert.ok(labels.includes('Approve'), `"Approve" offered; got ${JSON.stringify(labels)}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
