// Folding: every multi-line object and array (JSON and YAML alike, from the AST), and runs of YAML comment lines.
import type { AstNode } from '../syntax';
import type { AslDocument, FoldingRange } from '../service/types';

export function foldingRanges(doc: AslDocument): FoldingRange[] {
  const text = doc.text;
  const out: FoldingRange[] = [];
  const visit = (n: AstNode | undefined, start: number) => {
    if (!n || (n.kind !== 'object' && n.kind !== 'array')) return;
    const end = n.offset + n.length;
    // JSON keeps the closing bracket's line visible; YAML blocks end at their last content character.
    const closing = doc.format === 'json' || text[end - 1] === '}' || text[end - 1] === ']' ? text.lastIndexOf('\n', end - 1) : end;
    if (closing > start && text.slice(start, closing).includes('\n')) out.push({ startOffset: start, endOffset: closing });
    if (n.kind === 'object') for (const p of n.properties) visit(p.value, p.offset);
    else for (const item of n.items) visit(item, item.offset);
  };
  visit(doc.parsed.root, doc.parsed.root?.offset ?? 0);
  // Consecutive full-line comments fold together.
  let run: { start: number; end: number; lines: number } | undefined;
  for (const c of doc.parsed.comments) {
    const lineStart = text.lastIndexOf('\n', c.offset - 1) + 1;
    if (text.slice(lineStart, c.offset).trim() !== '') continue;
    if (run && text.slice(run.end, lineStart).trim() === '') { run.end = c.offset + c.length; run.lines++; continue; }
    if (run && run.lines > 1) out.push({ startOffset: run.start, endOffset: run.end, kind: 'comment' });
    run = { start: c.offset, end: c.offset + c.length, lines: 1 };
  }
  if (run && run.lines > 1) out.push({ startOffset: run.start, endOffset: run.end, kind: 'comment' });
  return out.sort((a, b) => a.startOffset - b.startOffset);
}
