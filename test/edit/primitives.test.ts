import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { applyEdits, insertProperty, moveArrayItem, removeProperty, replaceValue } from '../../engine/edit';
import { getValue, parseDocument, toValue, type ArrayNode, type DocumentFormat, type ObjectNode } from '../../engine/syntax';

function doc(text: string, format: DocumentFormat) {
  const d = parseDocument(text, format);
  return { ctx: { text, format }, root: d.root as ObjectNode };
}
const reparse = (text: string, format: DocumentFormat) => {
  const d = parseDocument(text, format);
  expect(d.problems, text).toEqual([]);
  return toValue(d.root);
};
const obj = (o: ObjectNode, ...keys: string[]) => keys.reduce((n, k) => getValue(n, k) as ObjectNode, o);

const value = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Result: { x: [1, 2] } } } };
const sources: [string, DocumentFormat, string][] = [
  ['json pretty', 'json', JSON.stringify(value, null, 2)],
  ['json 4-space', 'json', JSON.stringify(value, null, 4)],
  ['json compact', 'json', JSON.stringify(value)],
  ['yaml block', 'yaml', `# a comment that must stay\n${YAML.stringify(value)}`],
  ['yaml 4-space with flow', 'yaml', 'StartAt: A\nStates:\n    A: {Type: Pass, Next: B}  # inline\n    B:\n        Type: Pass\n        Result:\n            x: [1, 2]\n'],
];

describe.each(sources)('edit primitives on %s', (_name, format, text) => {
  it('inserts a property last, keeping everything else', () => {
    const { ctx, root } = doc(text, format);
    const out = applyEdits(text, [insertProperty(ctx, obj(root, 'States', 'B'), 'End', true)]);
    expect(reparse(out, format)).toEqual({ ...value, States: { ...value.States, B: { ...value.States.B, End: true } } });
    if (text.includes('#')) expect(out).toContain(text.split('\n').find((l) => l.includes('#')));
  });

  it('inserts an object-valued property (a new state) with nested indentation', () => {
    const { ctx, root } = doc(text, format);
    const out = applyEdits(text, [insertProperty(ctx, obj(root, 'States'), 'C', { Type: 'Succeed', Comment: 'added' })]);
    expect((reparse(out, format) as any).States.C).toEqual({ Type: 'Succeed', Comment: 'added' });
  });

  it('inserts after a given property', () => {
    const { ctx, root } = doc(text, format);
    const a = obj(root, 'States', 'A');
    const out = applyEdits(text, [insertProperty(ctx, a, 'Comment', 'hi', a.properties[0])]);
    expect(Object.keys((reparse(out, format) as any).States.A)).toEqual(['Type', 'Comment', 'Next']);
  });

  it('removes the first, a middle and the last property', () => {
    const { ctx, root } = doc(text, format);
    const states = obj(root, 'States');
    for (const [i, expected] of [[0, ['B']], [1, ['A']]] as const) {
      const out = applyEdits(text, [removeProperty(ctx, states.properties[i])]);
      expect(Object.keys((reparse(out, format) as any).States)).toEqual(expected);
    }
    const out = applyEdits(text, [removeProperty(ctx, root.properties[0])]);
    expect(Object.keys(reparse(out, format) as any)).toEqual(['States']);
    const b = obj(root, 'States', 'B');
    const out2 = applyEdits(text, [removeProperty(ctx, b.properties[1])]);
    expect((reparse(out2, format) as any).States.B).toEqual({ Type: 'Pass' });
  });

  it('replaces scalar and object values', () => {
    const { ctx, root } = doc(text, format);
    const next = getValue(obj(root, 'States', 'A'), 'Next')!;
    expect((reparse(applyEdits(text, [replaceValue(ctx, next, 'Z: the end')]), format) as any).States.A.Next).toBe('Z: the end');
    const result = getValue(obj(root, 'States', 'B'), 'Result')!;
    expect((reparse(applyEdits(text, [replaceValue(ctx, result, { y: { z: true } })]), format) as any).States.B.Result).toEqual({ y: { z: true } });
  });
});

describe('moveArrayItem', () => {
  const catchers = [{ ErrorEquals: ['States.ALL'], Next: 'F' }, { ErrorEquals: ['A'], Next: 'G' }, { ErrorEquals: ['B'], Next: 'H' }];
  const texts: [DocumentFormat, string][] = [
    ['json', JSON.stringify({ Catch: catchers }, null, 2)],
    ['json', JSON.stringify({ Catch: catchers })],
    ['yaml', YAML.stringify({ Catch: catchers })],
    ['yaml', 'Catch: [{ErrorEquals: [States.ALL], Next: F}, {ErrorEquals: [A], Next: G}, {ErrorEquals: [B], Next: H}]\n'],
  ];
  it.each(texts)('moves the first item last in %s', (format, text) => {
    const { ctx, root } = doc(text, format);
    const arr = getValue(root, 'Catch') as ArrayNode;
    const out = applyEdits(text, moveArrayItem(ctx, arr, 0, 2));
    expect((reparse(out, format) as any).Catch).toEqual([catchers[1], catchers[2], catchers[0]]);
  });
});
