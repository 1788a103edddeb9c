// The extension activates for ASL in JSON and in YAML and starts its language server.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, api, open } from './helpers';

describe('activation', () => {
  it('activates on an .asl.json file, whose language is asl', async () => {
    const editor = await open('valid.asl.json');
    assert.equal(editor.document.languageId, 'asl');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'the extension is installed');
    // activation is triggered by onLanguage:asl, not by the test
    for (let i = 0; i < 100 && !ext.isActive; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(ext.isActive, 'opening an .asl.json activated the extension');
    const client = await (await api()).ready();
    assert.ok(client.isRunning(), 'the language client is running');
  });

  it('treats an .asl.yaml file as asl-yaml, served by the same client', async () => {
    const editor = await open('valid.asl.yaml');
    assert.equal(editor.document.languageId, 'asl-yaml');
    const { client } = await api();
    assert.ok(client?.isRunning());
  });

  it('contributes its commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['stepwise.restartServer', 'stepwise.showOutput']) assert.ok(all.includes(c), `${c} is registered`);
  });
});
