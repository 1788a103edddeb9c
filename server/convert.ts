// The one place where engine offsets become LSP positions and engine results become LSP types.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind, DiagnosticSeverity, InsertTextMode, DiagnosticTag, DocumentHighlightKind, FoldingRangeKind, InsertTextFormat, SymbolKind,
  type CompletionItem, type Diagnostic, type DocumentHighlight, type DocumentSymbol, type FoldingRange, type Range, type TextEdit,
} from 'vscode-languageserver';
import type * as E from '../engine/service';

export function toRange(doc: TextDocument, offset: number, length: number): Range {
  return { start: doc.positionAt(offset), end: doc.positionAt(offset + length) };
}

export function fromRange(doc: TextDocument, range: Range): E.TextRange {
  const start = doc.offsetAt(range.start);
  return { offset: start, length: doc.offsetAt(range.end) - start };
}

const SEVERITY: Record<E.Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(doc: TextDocument, d: E.Diagnostic): Diagnostic {
  const out: Diagnostic = { range: toRange(doc, d.offset, d.length), severity: SEVERITY[d.severity], code: d.code, source: 'stepwise', message: d.message };
  if (d.tags) out.tags = d.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  if (d.related) out.relatedInformation = d.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.offset, r.length) }, message: r.message }));
  // The engine diagnostic travels with the LSP one so that code actions get it back exactly.
  out.data = { offset: d.offset, length: d.length, code: d.code, data: d.data };
  return out;
}

/** Engine diagnostics back from the LSP ones a code-action request carries (ours carry their engine form in data). */
export function fromDiagnostic(doc: TextDocument, d: Diagnostic): E.Diagnostic {
  const data = d.data as { offset?: number; length?: number; code?: string; data?: unknown } | undefined;
  const r = fromRange(doc, d.range);
  const severity = (Object.entries(SEVERITY).find(([, v]) => v === d.severity)?.[0] ?? 'error') as E.Severity;
  return { offset: data?.offset ?? r.offset, length: data?.length ?? r.length, severity, code: String(data?.code ?? d.code ?? ''), message: typeof d.message === 'string' ? d.message : d.message.value, data: data?.data };
}

const COMPLETION_KIND: Record<E.CompletionKind, CompletionItemKind> = {
  property: CompletionItemKind.Property, value: CompletionItemKind.Value, state: CompletionItemKind.Reference,
  stateType: CompletionItemKind.Class, snippet: CompletionItemKind.Snippet, function: CompletionItemKind.Function,
  variable: CompletionItemKind.Variable, constant: CompletionItemKind.Constant, keyword: CompletionItemKind.Keyword,
  field: CompletionItemKind.Field, enum: CompletionItemKind.EnumMember, reference: CompletionItemKind.Reference,
};

export function toCompletionItem(doc: TextDocument, c: E.CompletionItem, defaultRange: Range): CompletionItem {
  const item: CompletionItem = { label: c.label, kind: COMPLETION_KIND[c.kind] };
  if (c.detail) item.detail = c.detail;
  if (c.documentation) item.documentation = { kind: 'markdown', value: c.documentation };
  if (c.sortText) item.sortText = c.sortText;
  if (c.filterText) item.filterText = c.filterText;
  if (c.deprecated) item.tags = [1];
  if (c.preselect) item.preselect = true;
  item.insertTextFormat = c.insertTextFormat === 'snippet' ? InsertTextFormat.Snippet : InsertTextFormat.PlainText;
  // Multi-line items are written with relative indentation: the client indents them to the cursor's line.
  if ((c.insertText ?? c.label).includes('\n')) item.insertTextMode = InsertTextMode.adjustIndentation;
  const range = c.range ? toRange(doc, c.range.offset, c.range.length) : defaultRange;
  item.textEdit = { range, newText: c.insertText ?? c.label };
  if (c.additionalEdits?.length) item.additionalTextEdits = c.additionalEdits.map((e) => toTextEdit(doc, e));
  if (c.retrigger) item.command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
  return item;
}

export function toTextEdit(doc: TextDocument, e: E.TextEdit): TextEdit {
  return { range: toRange(doc, e.offset, e.length), newText: e.newText };
}

const SYMBOL_KIND: Record<string, SymbolKind> = {
  Task: SymbolKind.Function, Pass: SymbolKind.Variable, Choice: SymbolKind.Enum, Wait: SymbolKind.Event, Succeed: SymbolKind.Boolean,
  Fail: SymbolKind.Null, Parallel: SymbolKind.Struct, Map: SymbolKind.Array,
};

export function toDocumentSymbol(doc: TextDocument, s: E.DocumentSymbol): DocumentSymbol {
  const kind = s.kind === 'state' ? SYMBOL_KIND[s.stateType ?? ''] ?? SymbolKind.Object
    : s.kind === 'stateMachine' ? SymbolKind.Module : s.kind === 'field' ? SymbolKind.Field : SymbolKind.Namespace;
  return {
    name: s.name || ' ', detail: s.detail, kind,
    range: toRange(doc, s.range.offset, s.range.length),
    selectionRange: toRange(doc, s.selectionRange.offset, s.selectionRange.length),
    children: s.children.map((c) => toDocumentSymbol(doc, c)),
  };
}

export function toHighlight(doc: TextDocument, h: E.HighlightRange): DocumentHighlight {
  const kind = h.kind === 'write' ? DocumentHighlightKind.Write : h.kind === 'read' ? DocumentHighlightKind.Read : DocumentHighlightKind.Text;
  return { range: toRange(doc, h.offset, h.length), kind };
}

export function toFoldingRange(doc: TextDocument, f: E.FoldingRange): FoldingRange | undefined {
  const start = doc.positionAt(f.startOffset).line, end = doc.positionAt(f.endOffset).line;
  if (end <= start) return undefined;
  const r: FoldingRange = { startLine: start, endLine: end };
  if (f.kind === 'comment') r.kind = FoldingRangeKind.Comment;
  if (f.kind === 'region') r.kind = FoldingRangeKind.Region;
  return r;
}
