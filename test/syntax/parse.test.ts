import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { findNodeAt, LineIndex, parseDocument, pathOf, toValue, valueIndexToOffset, type AstNode, type StringNode } from '../../engine/syntax';
import { corpusFiles, readFixture } from '../util/fixtures';

function strings(n: AstNode | undefined, out: StringNode[] = []): StringNode[] {
  if (!n) return out;
  if (n.kind === 'string') out.push(n);
  if (n.kind === 'object') for (const p of n.properties) { out.push(p.key); strings(p.value, out); }
  if (n.kind === 'array') for (const i of n.items) strings(i, out);
  return out;
}

describe('parseDocument: the same AST for JSON and YAML', () => {
  it('gives the value JSON.parse and YAML.parse give, for every corpus file, with no problems', () => {
    for (const f of corpusFiles()) {
      const text = readFixture(f);
      const yaml = /\.ya?ml$/.test(f);
      const doc = parseDocument(text, yaml ? 'yaml' : 'json');
      expect(doc.problems, f).toEqual([]);
      expect(toValue(doc.root), f).toEqual(yaml ? YAML.parse(text) : JSON.parse(text));
    }
  });

  it('gives every JSON string node the exact range of its literal', () => {
    for (const f of corpusFiles().filter((x) => x.endsWith('.json')).slice(0, 40)) {
      const text = readFixture(f);
      for (const s of strings(parseDocument(text, 'json').root)) expect(JSON.parse(text.slice(s.offset, s.offset + s.length))).toBe(s.value);
    }
  });

  it('gives YAML keys and plain scalars their exact ranges', () => {
    const text = readFixture('examples/book-trip-saga.asl.yaml');
    const doc = parseDocument(text, 'yaml');
    for (const s of strings(doc.root)) {
      const raw = text.slice(s.offset, s.offset + s.length);
      if (s.style === 'plain') expect(raw).toBe(s.value);
      if (s.style === '"') expect(JSON.parse(raw)).toBe(s.value);
    }
    expect(doc.comments.map((c) => text.slice(c.offset, c.offset + c.length))).toEqual([
      '# Saga: reserve a flight and a hotel, charge the customer; on any failure undo what was done, newest first.',
      '# Compensations run in reverse order of the forward steps.',
    ]);
  });

  it('twins: a JSON and a YAML document with the same content have the same value and paths', () => {
    const json = '{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Succeed"}}}';
    const yaml = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: B\n  B:\n    Type: Succeed\n';
    const j = parseDocument(json, 'json'), y = parseDocument(yaml, 'yaml');
    expect(toValue(j.root)).toEqual(toValue(y.root));
    expect(pathOf(findNodeAt(j.root, json.indexOf('"B"}')))).toEqual(['States', 'A', 'Next']);
    expect(pathOf(findNodeAt(y.root, yaml.indexOf('B\n')))).toEqual(['States', 'A', 'Next']);
  });

  it('keeps YAML plain keys as written (True, 200) and tolerates a key with no value yet', () => {
    const doc = parseDocument('States:\n  True:\n    Type: Pass\n  A:\n    Next:\n', 'yaml');
    const states = (doc.root as any).properties[0].value;
    expect(states.properties.map((p: any) => p.key.value)).toEqual(['True', 'A']);
    const next = states.properties[1].value.properties[0];
    expect(next.key.value).toBe('Next');
    expect(next.value).toBeUndefined();
    expect(next.colonOffset).toBe(doc.text.lastIndexOf(':'));
  });

  it('reports syntax problems with ranges and stable codes, and still gives a partial tree', () => {
    const j = parseDocument('{"StartAt": "A", "States": {"A": {"Type": "Pass" "End": true}}}', 'json');
    expect(j.problems.map((p) => p.code)).toEqual(['json-comma-expected']);
    expect(toValue(j.root)).toEqual({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
    const c = parseDocument('{ // note\n"StartAt": "A"}', 'json');
    expect(c.problems[0]).toMatchObject({ code: 'json-invalid-comment-token', offset: 2 });
    const y = parseDocument('StartAt: A\nStates:\n  A:\n    Type: Pass\n  Nex\n', 'yaml');
    expect(y.problems.length).toBeGreaterThan(0);
    expect(y.problems[0].code).toMatch(/^yaml-/);
    expect(y.root?.kind).toBe('object');
    expect(parseDocument('a: 1\n---\nb: 2\n', 'yaml').problems.map((p) => p.code)).toContain('yaml-multiple-documents');
    expect(parseDocument('', 'json').problems.map((p) => p.code)).toEqual(['json-empty']);
  });

  it('never throws on any prefix of a real document, in either format', () => {
    for (const f of ['examples/stock-trading.asl.json', 'examples/book-trip-saga.asl.yaml']) {
      const text = readFixture(f);
      const format = f.endsWith('.yaml') ? 'yaml' : 'json';
      for (let i = 0; i <= text.length; i += 7) expect(() => parseDocument(text.slice(0, i), format)).not.toThrow();
    }
  });

  it('maps value indices to text offsets through escapes', () => {
    const text = '{"a": "x\\"y\\u0041z"}';
    const s = (parseDocument(text, 'json').root as any).properties[0].value as StringNode;
    expect(s.value).toBe('x"yAz');
    expect(text[valueIndexToOffset(s, text, 4)]).toBe('z');
    const ytext = "a: 'it''s {% $x %}'\n";
    const ys = (parseDocument(ytext, 'yaml').root as any).properties[0].value as StringNode;
    expect(ytext[valueIndexToOffset(ys, ytext, ys.value.indexOf('$x'))]).toBe('$');
  });

  it('converts offsets and positions both ways, with CRLF', () => {
    const li = new LineIndex('ab\r\ncd\ne');
    expect(li.positionAt(5)).toEqual({ line: 1, character: 1 });
    expect(li.offsetAt({ line: 2, character: 0 })).toBe(7);
    expect(li.offsetAt({ line: 1, character: 99 })).toBe(7);
    expect(li.lineCount).toBe(3);
  });
});

