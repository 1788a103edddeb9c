// `stepwise render` as a subprocess (dist/cli.js): every state name as text, the same layout as the engine gives
// the editor, exit codes for bad usage and broken definitions.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/model';
import { buildGraph, layoutGraph } from '../../engine/graph';
import { corpusFiles, exampleFiles, formatOfPath, readFixture, ROOT } from '../util/fixtures';

const CLI = path.join(ROOT, 'dist/cli.js');
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1]));
const translations = (svg: string) => new Map([...svg.matchAll(/<g class="node[^"]*" data-id="([^"]*)" transform="translate\(([^)]*)\)"/g)].map((m) => [unescape(m[1]), m[2]]));

describe('stepwise render', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-render-'));
  const files = [...exampleFiles(), ...corpusFiles().filter((_, i) => i % 15 === 0)];

  it.each(files)('%s: every state name as text, at the positions the editor uses', async (file) => {
    const out = path.join(dir, `${path.basename(file)}.svg`);
    execFileSync(process.execPath, [CLI, 'render', path.join(ROOT, file), '--svg', out]);
    const svg = fs.readFileSync(out, 'utf8');
    const model = analyze(readFixture(file), formatOfPath(file));
    const drawn = texts(svg);
    for (const s of model.states) expect(drawn, s.name).toContain(s.name);
    const g = buildGraph(model);
    const layout = await layoutGraph(g);
    const at = translations(svg);
    for (const n of g.nodes) {
      const r = layout.nodes[n.id];
      expect(at.get(n.id), n.id).toBe(`${Math.round(r.x * 10) / 10},${Math.round(r.y * 10) / 10}`);
    }
  });

  it('renders dark, collapsed, to stdout', () => {
    const r = spawnSync(process.execPath, [CLI, 'render', path.join(ROOT, 'examples/parallel-etl.asl.json'), '--svg', '-', '--theme', 'dark', '--collapse', 'Transform and Load'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<svg /);
    expect(r.stdout).toContain('#1f1f1f');
    expect(texts(r.stdout)).toContain('Transform and Load');
    expect(texts(r.stdout)).not.toContain('Load');
  });

  it('exits 2 on bad usage, unreadable files and definitions that do not parse', () => {
    const broken = path.join(dir, 'broken.asl.json');
    fs.writeFileSync(broken, '{ "StartAt": "A", "States": { "A": { "Type": "Pass", ');
    const cases: [string[], RegExp][] = [
      [['render'], /give exactly one definition/],
      [['render', path.join(ROOT, 'examples/stock-trading.asl.json')], /--svg <out.svg> is required/],
      [['render', path.join(dir, 'nope.json'), '--svg', '-'], /cannot read/],
      [['render', broken, '--svg', '-'], /broken\.asl\.json:1:\d+ error/],
      [['render', path.join(ROOT, 'examples/stock-trading.asl.json'), '--svg', '-', '--theme', 'blue'], /--theme is light or dark/],
      [['render', path.join(ROOT, 'examples/stock-trading.asl.json'), '--svg', '-', '--collapse', 'Buy Stock'], /no Parallel or Map state "Buy Stock"/],
    ];
    for (const [args, message] of cases) {
      const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
