// A random generator of small YAML state-machine-like documents for the fast-path equivalence suite: block mappings
// and sequences at varied indentations (sequences at their key's column too), compact mappings in sequence items,
// scalars of every core-schema type and quoting style, one-line flow collections, block scalars, empty values, and
// comment and blank lines everywhere (the cases where the Composer's ranges take in comments). Some of what it writes
// is invalid on purpose: the fast path must refuse it.

const SCALARS = ['a', 'Pass', 'arn:aws:states:::lambda:invoke', '$.x', '$', 'true', 'False', 'null', '~', 'Null', '0x1F', '0o17', '12',
  '-3', '+4', '1.5', '-1.5e3', '.inf', '-.Inf', '.nan', '1e3', '.5', '5.', '007', 'a b', 'a#b', 'x:y', '"q"', "'s''t'",
  '"e\\n\\u00e9\\x41\\U0001F600"', "''", '""', 'é😀', '{% $x %}', 'a,b', 'a]b', '-x', '?x', ':x', 'yes', 'No', '~x', '12:30', '1_000',
  '+.5', 'TRUE', 'nULL', '0x', '0o8', '1e', '.', '-', '- x', 'a: b', 'a #c', '@x', '`x', '%x', '!x', '&x', '*x', '|', '>',
  '"\\q"', '"\\x4"', 'a\u00a0', '\u3000', '"a" b', "'a'#c", '[a]x'];
const KEYS = ['A', 'Type', 'Next', 'True', '200', 'a b', '"k"', "'k'", '"a:b"', 'x.$', '-k', 'k#', 'null', '~', '"\\t"', 'k ', 'Ünï',
  'k\u00a0', '? k', '[k]', '&a k', 'k:x'];

export function yamlDocument(rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const sp = (n: number) => ' '.repeat(Math.max(0, n));
  const comment = (ind: number) => sp(ind) + '#' + pick(['', ' c', ' x: y', '#', ' - z']) + '\n';
  const trivia = (n: number) => {
    let out = '';
    while (rnd() < 0.3) out += pick(['\n', sp(Math.floor(rnd() * 8)) + '\n', comment(n + Math.floor(rnd() * 7) - 3)]);
    return out;
  };
  const tail = () => (rnd() < 0.2 ? pick(['  # t', ' #', '   ', '#x']) : '');
  const flowValue = (d: number): string => {
    const r = rnd();
    if (d > 1 || r < 0.5) return pick(['a', '1', '"q"', "'s'", 'true', 'x y', 'arn:a:b', 'a:b', '-1', '', 'a #c', '"k":v']);
    if (r < 0.75) return '[' + Array.from({ length: Math.floor(rnd() * 3) }, () => flowValue(d + 1)).join(pick([', ', ',', ' , ', ',,'])) + pick([']', ',]', '']);
    return '{' + Array.from({ length: Math.floor(rnd() * 3) }, () => pick(['a', '"k"', 'b c', "'k'", 'a:b']) + pick([': ', ':', ' : ']) + flowValue(d + 1)).join(', ') + '}';
  };
  const blockScalar = (n: number) => {
    const d = n + 1 + Math.floor(rnd() * 3);
    let out = pick(['|', '>', '|-', '>-', '|+', '>+', '|2', '| #c', '|x']) + '\n';
    const count = 1 + Math.floor(rnd() * 4);
    for (let i = 0; i < count; i++) out += pick([sp(d) + 'line ' + i, sp(d + 2) + 'more', '', sp(d - 1 > n ? d - 1 : d) + 'x', sp(d) + '# not', sp(d + 1)]) + '\n';
    return out;
  };
  const value = (n: number, depth: number, inSeq: boolean): string => {
    const r = rnd();
    if (depth > 3 || r < 0.45) return ' ' + pick(SCALARS) + tail() + '\n';
    if (r < 0.55) return ' ' + flowValue(0) + tail() + '\n';
    if (r < 0.6) return ' ' + blockScalar(n);
    if (r < 0.65) return tail() + '\n';
    if (r < 0.82) { const m = n + 1 + Math.floor(rnd() * 3); return tail() + '\n' + trivia(m) + map(m, depth + 1); }
    const m = inSeq ? n + 2 : pick([n, n + 2]);
    return tail() + '\n' + trivia(m) + seq(m, depth + 1);
  };
  const map = (n: number, depth: number, first = ''): string => {
    let out = '';
    const count = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < count; i++) {
      out += (i === 0 && first !== '' ? first : sp(n)) + pick(KEYS) + pick([':', ':', ' :']) + value(n, depth, false);
      out += trivia(n);
    }
    return out;
  };
  const seq = (n: number, depth: number): string => {
    let out = '';
    const count = 1 + Math.floor(rnd() * 3);
    for (let i = 0; i < count; i++) {
      if (rnd() < 0.4) out += sp(n) + '-' + value(n, depth, true);
      else { const gap = 1 + Math.floor(rnd() * 2); out += map(n + 1 + gap, depth + 1, sp(n) + '-' + sp(gap)); }
      out += trivia(n);
    }
    return out;
  };
  const doc = trivia(0) + map(0, 0);
  return rnd() < 0.3 ? doc.replace(/\n$/, '') : doc;
}
