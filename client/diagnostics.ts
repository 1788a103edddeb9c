// `stepwise.validation.ignore`: diagnostic codes the user does not want to see, filtered in the client so it works
// for pushed and pulled diagnostics alike. Pushed ones are remembered unfiltered so that changing the setting
// re-filters what is shown without waiting for the server to publish again.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { readSettings } from './config';

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return String(typeof c === 'object' ? c.value : c);
}

export class DiagnosticsFilter {
  private ignored = new Set(readSettings().validation.ignore);
  private readonly lastPushed = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();

  private keep = (d: vscode.Diagnostic) => !this.ignored.has(codeOf(d) ?? '');

  readonly middleware: Middleware = {
    handleDiagnostics: (uri, diagnostics, next) => {
      if (diagnostics.length === 0) this.lastPushed.delete(uri.toString());
      else this.lastPushed.set(uri.toString(), { uri, diagnostics });
      next(uri, diagnostics.filter(this.keep));
    },
    provideDiagnostics: async (document, previousResultId, token, next) => {
      const report = await next(document, previousResultId, token);
      if (report && report.kind === 'full') return { ...report, items: report.items.filter(this.keep) };
      return report;
    },
  };

  /** Re-reads the setting; returns true when it changed. */
  reload(): boolean {
    const next = new Set(readSettings().validation.ignore);
    const same = next.size === this.ignored.size && [...next].every((c) => this.ignored.has(c));
    this.ignored = next;
    return !same;
  }

  /** Re-applies the filter to the last pushed diagnostics of every document. */
  reapply(collection: vscode.DiagnosticCollection | undefined): void {
    if (!collection) return;
    for (const { uri, diagnostics } of this.lastPushed.values()) collection.set(uri, diagnostics.filter(this.keep));
  }

  clear(): void { this.lastPushed.clear(); }
}
