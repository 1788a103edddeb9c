// The grammar files as files: generated from their sources, internally consistent (every include resolves, every
// regular expression compiles), and the language configurations behave on typical lines.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { beforeAll, describe, expect, it } from 'vitest';
import { GRAMMAR_FILES, ROOT, SYNTAXES, grammarFor, readGrammar } from './harness';

describe('grammar files', () => {
  it('are what syntaxes/build.mjs generates from syntaxes/src', () => {
    const run = spawnSync(process.execPath, [path.join(SYNTAXES, 'build.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('declare the scope names the manifest will use', () => {
    expect(readGrammar('asl.tmLanguage.json').scopeName).toBe('source.asl');
    expect(readGrammar('asl-yaml.tmLanguage.json').scopeName).toBe('source.asl-yaml');
    const injection = readGrammar('asl-embedded.tmLanguage.json');
    expect(injection.scopeName).toBe('asl.embedded.injection');
    expect(injection.injectTo).toEqual(['source.asl', 'source.asl-yaml']);
  });

  it('inject into the string scopes the host grammars produce, and not into what the injection itself produced', () => {
    const selector: string = readGrammar('asl-embedded.tmLanguage.json').injectionSelector;
    const hosts = JSON.stringify([readGrammar('asl.tmLanguage.json'), readGrammar('asl-yaml.tmLanguage.json')]);
    for (const part of selector.split(',').map((s) => s.trim())) {
      const [scope, ...rest] = part.split(/\s+/);
      expect(rest).toEqual(['-meta.embedded']);
      expect(hosts).toContain(`"${scope}"`);
    }
    for (const scope of ['string.quoted.double.asl', 'string.quoted.double.asl-yaml', 'string.quoted.single.asl-yaml', 'string.unquoted.plain.asl-yaml', 'string.unquoted.block.asl-yaml']) {
      expect(selector).toContain(`${scope} -meta.embedded`);
    }
  });

  describe.each(Object.values(GRAMMAR_FILES))('%s', (file) => {
    const grammar = readGrammar(file);
    const rules: any[] = [];
    const collect = (node: any) => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') {
        if ('match' in node || 'begin' in node || 'include' in node) rules.push(node);
        Object.values(node).forEach(collect);
      }
    };
    collect(grammar);

    beforeAll(() => grammarFor('json')); // loads the oniguruma WebAssembly

    it('includes only repository entries that exist', () => {
      const missing = rules.filter((r) => typeof r.include === 'string' && r.include.startsWith('#') && !(r.include.slice(1) in grammar.repository));
      expect(missing.map((r) => r.include)).toEqual([]);
    });

    it('has only regular expressions that compile', () => {
      const broken: string[] = [];
      for (const rule of rules) {
        for (const key of ['match', 'begin', 'end', 'while']) {
          const source: unknown = rule[key];
          if (typeof source !== 'string') continue;
          // back-references to the begin captures are resolved at run time; stand in a literal for them
          const re = key === 'end' || key === 'while' ? source.replace(/\\(\d)/g, 'x') : source;
          try {
            new oniguruma.OnigScanner([re]).dispose();
          } catch (e) {
            broken.push(`${key}: ${re} (${(e as Error).message})`);
          }
        }
      }
      expect(broken).toEqual([]);
    });
  });
});

function config(file: string): any {
  return JSON.parse(fs.readFileSync(path.join(SYNTAXES, file), 'utf8'));
}

/** The word VS Code would take at a column: the match of the word pattern that contains it. */
function wordAt(pattern: string, line: string, column: number): string | undefined {
  for (const m of line.matchAll(new RegExp(pattern, 'g'))) {
    if (m.index! <= column && column < m.index! + m[0].length) return m[0];
  }
  return undefined;
}

describe.each(['asl.language-configuration.json', 'asl-yaml.language-configuration.json'])('%s', (file) => {
  const c = config(file);

  it('pairs brackets and closes quotes, and {% with %}', () => {
    expect(c.brackets).toEqual(expect.arrayContaining([['{', '}'], ['[', ']'], ['(', ')']]));
    const opens = c.autoClosingPairs.map((p: { open: string; close: string }) => `${p.open}${p.close}`);
    expect(opens).toEqual(expect.arrayContaining(['{}', '[]', '()', '""', "''", '{% %}']));
  });

  it.each([
    ['$states.input', 3, '$states'],
    ['$states.input', 9, 'input'],
    ['"$.Payload.stock_price"', 14, 'stock_price'],
    ['"$$.Task.Token"', 2, '$$'],
    ['Next: Reserve-Flight', 9, 'Reserve-Flight'],
    ['"States.Format"', 10, 'Format'],
    ['BackoffRate: 1.5', 14, '1.5'],
  ])('selects a sensible word in %s at %i', (line, column, word) => {
    expect(wordAt(c.wordPattern, line, column)).toBe(word);
  });
});

describe('JSON indentation', () => {
  const { increaseIndentPattern: inc, decreaseIndentPattern: dec } = config('asl.language-configuration.json').indentationRules;
  it.each(['  "States": {', '"Retry": [', '{'])('indents after %s', (line) => expect(new RegExp(inc).test(line)).toBe(true));
  it.each(['  "Type": "Task",', '"Comment": "a {"', '"Next": "A" }'])('does not indent after %s', (line) => expect(new RegExp(inc).test(line)).toBe(false));
  it.each(['  },', ']', '    }'])('outdents %s', (line) => expect(new RegExp(dec).test(line)).toBe(true));
});

describe('YAML editing', () => {
  const c = config('asl-yaml.language-configuration.json');
  const inc = new RegExp(c.indentationRules.increaseIndentPattern);

  it('comments with #, folds by indentation and #region markers', () => {
    expect(c.comments.lineComment).toBe('#');
    expect(c.folding.offSide).toBe(true);
    expect(new RegExp(c.folding.markers.start).test('  # region Compensations')).toBe(true);
    expect(new RegExp(c.folding.markers.end).test('  #endregion')).toBe(true);
  });

  it.each(['States:', '  Reserve Flight:', '    - ErrorEquals:', '  Retry:  # comment', '    Cause: |', '    Output: >-', '  Item: {', '  -', '  Choices: ['])(
    'indents after %s', (line) => expect(inc.test(line)).toBe(true));
  it.each(['  Type: Task', '  Resource: arn:aws:states:::lambda:invoke', '  - States.ALL', '# note:', '  Next: Done # go on:'])(
    'does not indent after %s', (line) => expect(inc.test(line)).toBe(false));

  it('after a sequence item\'s "key: value", continues at the key\'s column; after its "key:", goes deeper', () => {
    const onEnter = (line: string) => c.onEnterRules.find((r: any) => new RegExp(r.beforeText).test(line))?.action.appendText;
    expect(onEnter('    - ErrorEquals: [States.ALL]')).toBe('  ');
    expect(onEnter('    - ErrorEquals:')).toBe('    ');
    expect(onEnter('    - ErrorEquals:  # which errors')).toBe('    ');
    expect(onEnter('    - States.ALL')).toBeUndefined();
    expect(onEnter('    Next: Done')).toBeUndefined();
  });
});
