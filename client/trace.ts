// `stepwise.trace.server` as the switch for the protocol trace. vscode-languageclient 11 traces only when its trace
// channel's log level is Trace, which users set by hand per channel; this view of the output channel reports the
// level from the setting instead, and writes trace lines at info level so they show in the channel's default view.
import * as vscode from 'vscode';
import { SECTION, readSettings } from './config';

export function traceChannel(output: vscode.LogOutputChannel): vscode.LogOutputChannel & vscode.Disposable {
  const levelOf = () => (readSettings().trace.server === 'off' ? vscode.LogLevel.Off : vscode.LogLevel.Trace);
  let level = levelOf();
  const changed = new vscode.EventEmitter<vscode.LogLevel>();
  const sub = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration(`${SECTION}.trace.server`)) return;
    const next = levelOf();
    if (next !== level) { level = next; changed.fire(level); }
  });
  const channel: vscode.LogOutputChannel & vscode.Disposable = {
    get name() { return output.name; },
    get logLevel() { return level; },
    onDidChangeLogLevel: changed.event,
    trace: (message, ...args) => { if (level !== vscode.LogLevel.Off) output.info(message, ...args); },
    debug: (message, ...args) => output.debug(message, ...args),
    info: (message, ...args) => output.info(message, ...args),
    warn: (message, ...args) => output.warn(message, ...args),
    error: (error, ...args) => output.error(error, ...args),
    append: (value) => output.append(value),
    appendLine: (value) => output.appendLine(value),
    replace: (value) => output.replace(value),
    clear: () => output.clear(),
    show: (a?: vscode.ViewColumn | boolean, b?: boolean) => (typeof a === 'boolean' ? output.show(a) : output.show(a, b)),
    hide: () => output.hide(),
    dispose: () => { sub.dispose(); changed.dispose(); }, // the output channel itself belongs to the context
  };
  return channel;
}
