// Rename of a state renames its key and every reference to it (Catch Next, Choice Default), in JSON and in YAML.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse as parseYaml } from 'yaml';
import { api, applyEdits, open, positionAfter } from './helpers';

async function rename(doc: vscode.TextDocument, pos: vscode.Position, newName: string): Promise<string> {
  const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>('vscode.executeDocumentRenameProvider', doc.uri, pos, newName);
  assert.ok(edit, 'the server answered the rename');
  const entries = edit.entries();
  assert.deepEqual(entries.map(([u]) => u.toString()), [doc.uri.toString()], 'edits only the renamed document');
  const edits = entries[0][1];
  assert.equal(edits.length, 3, `3 edits (the key, the Catch's Next, the Default): ${JSON.stringify(edits.map((e) => [e.range.start.line, e.newText]))}`);
  return applyEdits(doc, edits);
}

function checkRenamed(def: { StartAt: string; States: Record<string, any> }) {
  assert.ok(def.States['Notify Failure'], 'the state has its new name');
  assert.equal(def.States['Report Failure'], undefined, 'the old name is gone');
  assert.equal(def.States.Validate.Catch[0].Next, 'Notify Failure');
  assert.equal(def.States['Is Valid?'].Default, 'Notify Failure');
  assert.deepEqual(Object.keys(def.States), ['Validate', 'Is Valid?', 'Store', 'Notify Failure', 'Done'], 'order of states kept');
}

describe('rename', () => {
  before(async () => { await api(); });

  it('renames a state key and all its references in JSON', async () => {
    const { document } = await open('rename.asl.json');
    // on the key of the state (the Comment mentions the name too: that is not a reference)
    const text = await rename(document, positionAfter(document, '"Report F', '"Report Failure": {'), 'Notify Failure');
    checkRenamed(JSON.parse(text));
  });

  it('renames from a reference too, in YAML, keeping comments', async () => {
    const { document } = await open('rename.asl.yaml');
    // on the reference in Default
    const text = await rename(document, positionAfter(document, 'Report F', 'Default: Report Failure'), 'Notify Failure');
    checkRenamed(parseYaml(text));
    assert.match(text, /Notify Failure:\s+# renamed by the test/, 'the comment stays');
  });
});
