import { describe, expect, it } from 'vitest';
import { parsePath, type PathSegment } from '../../engine/jsonpath';

/** A compact, comparable rendering of segments. */
function show(segments: PathSegment[]): string[] {
  return segments.map((s) => {
    const d = s.descendant ? '..' : '';
    switch (s.kind) {
      case 'name': return `${d}name:${s.name}`;
      case 'index': return `${d}index:${s.index}`;
      case 'wildcard': return `${d}*`;
      case 'union': return `${d}union:${s.members.join(',')}`;
      case 'slice': return `${d}slice:${s.start ?? ''}:${s.end ?? ''}`;
      case 'filter': return `${d}filter`;
      case 'function': return `${d}fn:${s.name}`;
    }
  });
}

const valid: Array<[string, string, string[], boolean]> = [
  // text, root, segments, definite
  ['$', 'input', [], true],
  ['$$', 'context', [], true],
  ['$.a.b', 'input', ['name:a', 'name:b'], true],
  ["$['a b']", 'input', ['name:a b'], true],
  ['$["x"]', 'input', ['name:x'], true],
  ["$.abc.['def ghi']", 'input', ['name:abc', 'name:def ghi'], true], // the guide's own example
  ['$.a[0]', 'input', ['name:a', 'index:0'], true],
  ['$.a[-1]', 'input', ['name:a', 'index:-1'], true],
  ['$.a[*]', 'input', ['name:a', '*'], false],
  ['$.a.*', 'input', ['name:a', '*'], false],
  ['$..a', 'input', ['..name:a'], false],
  ['$..*', 'input', ['..*'], false],
  ['$..[0]', 'input', ['..index:0'], false],
  ['$.a[0,1]', 'input', ['name:a', 'union:0,1'], false],
  ["$['a','b']", 'input', ['union:a,b'], false],
  ['$.a[1:3]', 'input', ['name:a', 'slice:1:3'], false],
  ['$.vals[-3:]', 'input', ['name:vals', 'slice:-3:'], false], // the specification's Payload Template example
  ['$.a[:2]', 'input', ['name:a', 'slice::2'], false],
  ['$.a[?(@.price < 10)]', 'input', ['name:a', 'filter'], false],
  ['$$.Execution.Id', 'context', ['name:Execution', 'name:Id'], true],
  ['$myVar', 'variable', [], true],
  ['$myVar.field[2]', 'variable', ['name:field', 'index:2'], true],
  ['$größe.x', 'variable', ['name:x'], true],
  // Deployed workflows (test/fixtures/corpus) and the specification's Reference Path examples:
  ['$.detail-type', 'input', ['name:detail-type'], true],
  ['$.Snapshots.[0].State', 'input', ['name:Snapshots', 'index:0', 'name:State'], true],
  ["$.[*].['bucket', 'key']", 'input', ['*', 'union:bucket,key'], false],
  ['$[*][*]', 'input', ['*', '*'], false],
  ['$.${DynamoDBTable_Attribute1}', 'input', ['name:${DynamoDBTable_Attribute1}'], true],
  ['$.store\\.book', 'input', ['name:store.book'], true],
  ['$.\\stor\\e.boo\\k', 'input', ['name:store', 'name:book'], true],
  ['$.foo\\@bar.baz\\[\\[.\\?pretty', 'input', ['name:foo@bar', 'name:baz[[', 'name:?pretty'], true],
  ['$.&Ж中.\\uD800\\uDF46', 'input', ['name:&Ж中', 'name:\u{10346}'], true],
  ["$['store'][0]['book']", 'input', ['name:store', 'index:0', 'name:book'], true],
  ['$.Labels[?(@.Name==Receipt)]', 'input', ['name:Labels', 'filter'], false],
  ['$.approaches[?(@.workerId == $.agent_id)].approach', 'input', ['name:approaches', 'filter', 'name:approach'], false],
  ['$.[?(@.OU > 0)]', 'input', ['filter'], false],
  ["$.a[ 'x' , 'y' ]", 'input', ['name:a', 'union:x,y'], false],
];

describe('parsePath: accepted syntax', () => {
  it.each(valid)('%s', (text, root, segments, definite) => {
    const { path, problems } = parsePath(text);
    expect(problems).toEqual([]);
    expect(path?.root).toBe(root);
    expect(show(path!.segments)).toEqual(segments);
    expect(path?.definite).toBe(definite);
  });

  it('records the variable name and exact segment ranges', () => {
    const { path } = parsePath("$v.ab['c d'][12]");
    expect(path?.variable).toBe('v');
    expect(path?.segments.map((s) => [s.offset, s.length])).toEqual([[2, 3], [5, 7], [12, 4]]);
    const name = path!.segments[1];
    expect(name.kind === 'name' && [name.nameOffset, name.nameLength]).toEqual([7, 3]);
  });
});

// text, problems as [offset, length, message fragment]
const invalid: Array<[string, Array<[number, number, string]>]> = [
  ['', [[0, 0, "must begin with '$'"]]],
  ['a.b', [[0, 1, "must begin with '$'"]]],
  ['$.', [[2, 0, 'field name']]],
  ['$.a.', [[4, 0, 'field name']]],
  ['$..', [[3, 0, "after '..'"]]],
  ['$a b', [[2, 2, 'spaces']]],
  ['$.a b', [[3, 2, 'spaces']]],
  ['$.a[0', [[3, 2, "Missing ']'"]]],
  ['$.a[x]', [[4, 1, 'inside']]],
  ["$.a['x]", [[4, 3, 'Unterminated string']]],
  ['$.a]', [[3, 1, "Expected '.' or '['"]]],
  ['$[1:2:1]', [[5, 1, 'step']]],
  ['$.a[-]', [[4, 1, "digits after '-'"]]],
  ['$.a[(@.length-1)]', [[4, 1, 'Script expressions']]],
  ['$.a.length()', [[4, 8, 'length()']]],
  ['$.Jobs.sum()', [[7, 5, 'sum()']]],
  ['$.a[?(@.x =~ /a/)]', [[10, 2, 'regular expression']]],
  ['$.a[?(@.x in [1])]', [[10, 2, "'in'"]]],
  ['$.a[?(@.x subsetof @.y)]', [[10, 8, "'subsetof'"]]],
  ['$.a[?(@.x = 1)]', [[10, 1, "'=='"]]],
  ['$.a[?()]', [[6, 1, 'needs an expression']]],
  ['$.a[?(@.x == 1]', [[14, 1, "')'"]]],
  ['$.a[?@.x]', [[5, 1, "'(' after '?'"]]],
  ['$.a[?($$.x)]', [[6, 2, 'Context Object']]],
  ['$1', [[1, 1, "Expected '.' or '['"]]],
];

describe('parsePath: problems with exact ranges', () => {
  it.each(invalid)('%s', (text, expected) => {
    const { problems } = parsePath(text);
    expect(problems.map((p) => [p.offset, p.length])).toEqual(expected.map(([o, l]) => [o, l]));
    problems.forEach((p, i) => expect(p.message).toContain(expected[i][2]));
  });

  it('marks JSONPath functions as warnings (AWS accepts them in a definition and fails them at run time)', () => {
    expect(parsePath('$.a.length()').problems.map((p) => p.severity)).toEqual(['warning']);
    expect(parsePath('$.a[').problems.map((p) => p.severity)).toEqual([undefined]);
  });

  it('never throws, whatever the text', () => {
    const samples = ['$[', '$[?(', "$['", '$.a[?(@.b && )]', '$..[', '$\\', '$.a\\', '$[?(!)]', '$[?((@.a)]', '$.a[?(@.b ==)]'];
    for (const s of samples) expect(() => parsePath(s)).not.toThrow();
    for (const s of samples) expect(parsePath(s).problems.length).toBeGreaterThan(0);
  });
});

describe('parsePath: options', () => {
  it('reference paths allow only names and indices', () => {
    expect(parsePath('$.a[0].b', { reference: true }).problems).toEqual([]);
    const r = parsePath('$.a[*].b', { reference: true });
    expect(r.problems.map((p) => [p.offset, p.length])).toEqual([[3, 3]]);
    expect(r.problems[0].message).toContain('Reference Path');
    expect(parsePath('$..a', { reference: true }).problems.map((p) => [p.offset, p.length])).toEqual([[1, 3]]);
    expect(parsePath('$.a[?(@.x)]', { reference: true }).problems).toHaveLength(1);
  });

  it('can refuse the Context Object and variables (ResultPath)', () => {
    expect(parsePath('$$.Task.Token', { allowContext: false }).problems).toEqual([
      { offset: 0, length: 2, message: "The Context Object ('$$') can't be used here" },
    ]);
    expect(parsePath('$x.y', { allowVariables: false }).problems).toEqual([
      { offset: 0, length: 2, message: "Variables ('$x') can't be used here" },
    ]);
  });

  it('limits variable names to 80 characters', () => {
    expect(parsePath('$' + 'v'.repeat(80)).problems).toEqual([]);
    expect(parsePath('$' + 'v'.repeat(81)).problems.map((p) => [p.offset, p.length])).toEqual([[1, 81]]);
  });
});
