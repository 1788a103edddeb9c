// The client's own behaviour: the restart command replaces the language client, and diagnostics come back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticsWith, open, waitFor } from './helpers';

describe('client', () => {
  it('Stepwise: Restart Language Server starts a new client that serves open documents', async () => {
    const before = await api();
    const old = await before.ready();
    const { document } = await open('broken.asl.json');
    await vscode.commands.executeCommand('stepwise.restartServer');
    const now = await before.ready();
    assert.notEqual(now, old, 'a new client');
    assert.ok(now.isRunning());
    await waitFor('diagnostics from the restarted server', () => diagnosticsWith(document.uri, 'undefined-state'));
  });

  it('Stepwise: Show Output runs', async () => {
    await vscode.commands.executeCommand('stepwise.showOutput');
  });
});
