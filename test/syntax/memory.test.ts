// The fast parsers share short strings between documents (engine/syntax/shared.ts). A shared string must not keep
// the text it was cut from alive: an editor parses a new version on every keystroke.
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { workflowText } from '../../bench/workflows';
import { parseDocument, type DocumentFormat } from '../../engine/syntax';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };

describe('shared strings', () => {
  it.each(['json', 'yaml'] as DocumentFormat[])('keep no old version of a %s document alive', (format) => {
    const base = workflowText(1000, format);
    const versions = 20;
    parseDocument(base, format);
    const before = heap();
    for (let i = 0; i < versions; i++) {
      // Each version has a new string of 20 characters, as typing a name makes one.
      const text = base.replace('Calls the function for Step00001', `Version ${String(i).padStart(12, '0')}`);
      expect(text).not.toBe(base);
      expect(parseDocument(text, format).problems).toEqual([]);
    }
    const retained = heap() - before;
    // One version is a megabyte of text; all of them kept would be twenty.
    expect(retained).toBeLessThan(3 * base.length);
  });
});
