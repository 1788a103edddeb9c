import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../engine/model';
import { DARK_THEME, ICONS, buildGraph, layoutGraph, renderSvg, resolveTheme, THEME_VARIABLES } from '../../engine/graph';
import { ROOT, readFixture } from '../util/fixtures';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"));

describe('renderSvg', () => {
  it('draws every state name as text, with the theme colours and no variables', async () => {
    const text = JSON.stringify({ StartAt: 'A <&> "quoted"', States: {
      'A <&> "quoted"': { Type: 'Pass', Next: 'A state with a very long name that does not fit in the widest box at all, really' },
      'A state with a very long name that does not fit in the widest box at all, really': { Type: 'Choice', Choices: [{ Variable: '$.x', BooleanEquals: true, Next: 'Done' }], Default: 'Done' },
      Done: { Type: 'Succeed' },
    } });
    const g = buildGraph(analyze(text, 'json'));
    const svg = renderSvg(g, await layoutGraph(g), DARK_THEME);
    const drawn = texts(svg);
    for (const n of g.nodes.filter((x) => x.kind === 'state')) expect(drawn).toContain(n.label);
    expect(svg).toContain('textLength=');
    expect(svg).toContain(DARK_THEME.background);
    expect(svg).not.toContain('var(--');
    // Colours as presentation attributes, not a stylesheet: files render the same everywhere, also as images.
    expect(svg).not.toContain('<style');
    expect(svg).toMatch(new RegExp(`class="shape"[^>]*stroke="${DARK_THEME.choice}"`));
    expect(svg.match(/<g[ >]/g)!.length).toBe(svg.match(/<\/g>/g)!.length);
    expect(drawn).toContain('x == true');
    expect(drawn).toContain('Default');
  });

  it('leaves out what a collapsed container hides', async () => {
    const g = buildGraph(analyze(readFixture('examples/parallel-etl.asl.json'), 'json'));
    const collapsed = ['Transform and Load'];
    const svg = renderSvg(g, await layoutGraph(g, { collapsed }), undefined, { collapsed });
    expect(texts(svg)).toContain('Transform and Load');
    expect(texts(svg)).not.toContain('Load');
  });

  it('resolves a theme from variables, keeping fallbacks for unset ones', () => {
    const t = resolveTheme((v) => (v === THEME_VARIABLES.background ? ' #123456 ' : v === '--vscode-font-family' ? 'Fira Sans' : ''), DARK_THEME);
    expect(t.background).toBe('#123456');
    expect(t.fontFamily).toBe('Fira Sans');
    expect(t.task).toBe(DARK_THEME.task);
  });
});

describe('icons', () => {
  it('match the installed @vscode/codicons outlines', () => {
    for (const [name, markup] of Object.entries(ICONS)) {
      const file = fs.readFileSync(path.join(ROOT, 'node_modules/@vscode/codicons/src/icons', `${name}.svg`), 'utf8');
      expect(file.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '').trim(), name).toBe(markup);
    }
  });
});
