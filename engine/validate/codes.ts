// Every diagnostic code, its default severity and its message template, in one table. Codes are stable: they are
// documented (docs/diagnostics.md) and users may filter on them. `{name}` placeholders are filled by `format()`.
import type { Severity } from '../syntax';

export interface CodeSpec { severity: Severity; message: string; description: string }

export const CODES = {
  'undefined-state': { severity: 'error', message: 'State "{name}" does not exist in {scope}.', description: 'A StartAt, Next, Default, choice rule or catcher names a state that is not in its scope.' },
} satisfies Record<string, CodeSpec>;

export type DiagnosticCode = keyof typeof CODES;

export function formatMessage(code: DiagnosticCode, args: Record<string, string | number> = {}): string {
  return CODES[code].message.replace(/\{(\w+)\}/g, (_, k: string) => String(args[k] ?? `{${k}}`));
}
