// A language status item ("{}" in the status bar next to the language name) that says whether the server runs,
// and opens its output when clicked.
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR } from './config';
import type { Ctx } from './ctx';

export function registerStatus(ctx: Ctx): void {
  const item = vscode.languages.createLanguageStatusItem('stepwise.server', DOCUMENT_SELECTOR);
  item.name = 'Stepwise Language Server';
  item.command = { title: 'Show Output', command: 'stepwise.showOutput' };
  const show = (state: State) => {
    item.busy = state === State.Starting;
    item.text = state === State.Running ? 'Stepwise' : state === State.Starting ? 'Stepwise: starting' : 'Stepwise: stopped';
    item.severity = state === State.Stopped ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  };
  show(State.Starting);
  let sub: vscode.Disposable | undefined;
  ctx.push(item);
  ctx.push(ctx.onDidCreateClient((client) => {
    show(client.state);
    sub?.dispose();
    sub = client.onDidChangeState((e) => show(e.newState));
  }));
  ctx.push({ dispose: () => sub?.dispose() });
}
