// Formatting: JSON with jsonc-parser's formatter (its edits are already minimal); YAML through the yaml package's
// Document, which keeps comments, quoting styles and blank lines, then diffed into minimal edits. A document with
// syntax errors is left alone: formatting must never make a broken document worse.
import { format as formatJson } from 'jsonc-parser';
import { parseDocument as parseYamlDocument } from 'yaml';
import { applyEdits, diffText } from '../text/diff';
import type { AslDocument, FormatOptions, TextEdit, TextRange } from '../service/types';

export function formatDocument(doc: AslDocument, range: TextRange | undefined, options: FormatOptions): TextEdit[] {
  if (doc.parsed.problems.length > 0 || !doc.parsed.root) return [];
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  if (doc.format === 'json') {
    const edits = formatJson(doc.text, range, { tabSize: options.tabSize, insertSpaces: options.insertSpaces, eol, insertFinalNewline: doc.text.endsWith(eol) });
    return edits.map((e) => ({ offset: e.offset, length: e.length, newText: e.content }));
  }
  const formatted = formatYaml(doc.text, options, eol);
  if (formatted === undefined) return [];
  const edits = diffText(doc.text, formatted);
  if (!range) return edits;
  // Range formatting: only the edits inside the range (whole-document formatting decides what they are).
  return edits.filter((e) => e.offset >= range.offset && e.offset + e.length <= range.offset + range.length);
}

function formatYaml(text: string, options: FormatOptions, eol: string): string | undefined {
  const doc = parseYamlDocument(text.replace(/\r\n/g, '\n'), { uniqueKeys: false, keepSourceTokens: false });
  if (doc.errors.length) return undefined;
  const indent = options.insertSpaces ? Math.max(1, Math.min(8, options.tabSize)) : 2; // YAML never indents with tabs
  let out = doc.toString({ indent, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: true });
  if (!text.endsWith('\n')) out = out.replace(/\n$/, '');
  return eol === '\n' ? out : out.replace(/\n/g, eol);
}

export { applyEdits };
