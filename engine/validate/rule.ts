// What a validation rule sees and how it reports. One rule per file in rules/.
import type { AslDocument, Diagnostic, LanguageSettings, RelatedInformation } from '../service/types';
import { CODES, formatMessage, type DiagnosticCode } from './codes';

export interface Report {
  offset: number;
  length: number;
  args?: Record<string, string | number>;
  related?: RelatedInformation[];
  tags?: Diagnostic['tags'];
  data?: unknown;
  /** Overrides the message template (for messages that come from a parser, e.g. JSONata's). */
  message?: string;
}

export interface RuleContext {
  readonly doc: AslDocument;
  readonly settings: LanguageSettings;
  report(code: DiagnosticCode, r: Report): void;
}

export interface Rule {
  readonly id: string;
  run(ctx: RuleContext): void;
}

export function createContext(doc: AslDocument, settings: LanguageSettings, out: Diagnostic[]): RuleContext {
  return {
    doc, settings,
    report(code, r) {
      const d: Diagnostic = { offset: r.offset, length: r.length, severity: CODES[code].severity, code, message: r.message ?? formatMessage(code, r.args) };
      if (r.related) d.related = r.related;
      if (r.tags) d.tags = r.tags;
      if (r.data !== undefined) d.data = r.data;
      out.push(d);
    },
  };
}
