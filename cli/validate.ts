// `stepwise validate <files or folders…> [--format text|json] [--quiet] [--no-placeholders]`: the language
// server's diagnostics, for CI. Prints `file:line:col severity code message`; exit 1 when any error, 2 on bad usage
// or an unreadable file. Folders are searched for *.asl.json, *.asl, *.asl.yaml and *.asl.yml files.
import fs from 'node:fs';
import path from 'node:path';
import { createDocument, getLanguageService, DEFAULT_SETTINGS, type Diagnostic } from '../engine/service';
import { formatOf, LineIndex } from '../engine/syntax';
import { parseArgs, UsageError } from './args';

const ASL_FILE = /\.asl(\.json|\.ya?ml)?$/i;

export interface FileReport { file: string; diagnostics: (Diagnostic & { line: number; column: number; endLine: number; endColumn: number })[] }

/** Diagnostics for one definition's text, with one-based line and column numbers. */
export function validateText(file: string, text: string, placeholders = true): FileReport {
  const doc = createDocument(text, formatOf(file));
  const lines = new LineIndex(text);
  const diagnostics = getLanguageService().validate(doc, { ...DEFAULT_SETTINGS, placeholders }).map((d) => {
    const s = lines.positionAt(d.offset), e = lines.positionAt(d.offset + d.length);
    return { ...d, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  });
  return { file, diagnostics };
}

export function formatDiagnosticLine(file: string, d: FileReport['diagnostics'][number]): string {
  return `${file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`;
}

function expand(target: string, out: string[]): void {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`${target}: no such file or folder`);
  if (!stat.isDirectory()) { out.push(target); return; }
  for (const entry of fs.readdirSync(target, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = path.join(target, entry.name);
    if (entry.isDirectory()) expand(p, out);
    else if (ASL_FILE.test(entry.name)) out.push(p);
  }
}

export async function validateCommand(args: string[]): Promise<number> {
  let opts;
  const files: string[] = [];
  try {
    opts = parseArgs(args, ['format'], ['quiet', 'no-placeholders']);
    const format = opts.values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format is text or json, not "${format}"`);
    if (opts.positional.length === 0) throw new UsageError('give at least one definition file or folder');
    for (const t of opts.positional) expand(t, files);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`stepwise validate: ${e.message}\nusage: stepwise validate <files or folders…> [--format text|json] [--quiet] [--no-placeholders]\n`); return 2; }
    throw e;
  }
  const reports: FileReport[] = [];
  let unreadable = false;
  for (const file of files) {
    let text: string;
    try { text = fs.readFileSync(file, 'utf8'); } catch (e) {
      process.stderr.write(`${file}: cannot read: ${(e as Error).message}\n`);
      unreadable = true;
      continue;
    }
    const r = validateText(file, text, !opts.flags.has('no-placeholders'));
    if (opts.flags.has('quiet')) r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
    reports.push(r);
  }
  const all = reports.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  if (opts.values.format === 'json') {
    process.stdout.write(JSON.stringify(reports.map((r) => ({ file: r.file, diagnostics: r.diagnostics.map(({ data: _data, ...d }) => d) })), null, 2) + '\n');
  } else {
    for (const r of reports) for (const d of r.diagnostics) process.stdout.write(formatDiagnosticLine(r.file, d) + '\n');
    const warnings = all.length - errors;
    process.stderr.write(`${reports.length} file${reports.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} other diagnostic${warnings === 1 ? '' : 's'}\n`);
  }
  if (unreadable) return 2;
  return errors > 0 ? 1 : 0;
}
