// `stepwise render <definition> --svg <out.svg> [--theme light|dark] [--collapse <id>[,<id>…]]`: the graph view's
// layout (engine/graph: the same elkjs layout and markup as the editor), written as a standalone SVG (`-` for
// stdout). Exit 0 when written, 2 on bad usage, an unreadable file or a definition that does not parse.
import fs from 'node:fs';
import { buildGraph, DARK_THEME, layoutGraph, LIGHT_THEME, renderSvg } from '../engine/graph';
import { createDocument, getLanguageService } from '../engine/service';
import { formatOf, LineIndex } from '../engine/syntax';
import { parseArgs, UsageError } from './args';

export const RENDER_USAGE = 'render <definition> --svg <out.svg | -> [--theme light|dark] [--collapse <state>[,<state>…]]';

export async function renderCommand(args: string[]): Promise<number> {
  let file: string, out: string, theme: string, collapsed: string[];
  try {
    const a = parseArgs(args, ['svg', 'theme', 'collapse'], []);
    if (a.positional.length !== 1) throw new UsageError('give exactly one definition file');
    if (!a.values.svg) throw new UsageError('--svg <out.svg> is required');
    theme = a.values.theme ?? 'light';
    if (theme !== 'light' && theme !== 'dark') throw new UsageError('--theme is light or dark');
    [file] = a.positional;
    out = a.values.svg;
    collapsed = (a.values.collapse ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`stepwise render: ${e.message}\nusage: stepwise ${RENDER_USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`${file}: cannot read the definition: ${(e as Error).message}\n`);
    return 2;
  }
  const doc = createDocument(text, formatOf(file));
  if (doc.parsed.problems.length) {
    const lines = new LineIndex(text);
    for (const p of doc.parsed.problems) {
      const pos = lines.positionAt(p.offset);
      process.stderr.write(`${file}:${pos.line + 1}:${pos.character + 1} error ${p.code} ${p.message}\n`);
    }
    return 2;
  }
  const graph = buildGraph(doc.model, getLanguageService().validate(doc));
  if (!graph.nodes.some((n) => n.kind === 'state')) {
    process.stderr.write(`${file}: no states to draw (is this an ASL definition with StartAt and States?)\n`);
    return 2;
  }
  const unknown = collapsed.filter((id) => !graph.nodes.some((n) => n.id === id && n.container));
  if (unknown.length) {
    process.stderr.write(`stepwise render: --collapse: no Parallel or Map state ${unknown.map((u) => `"${u}"`).join(', ')}\n`);
    return 2;
  }
  const layout = await layoutGraph(graph, { collapsed });
  const svg = renderSvg(graph, layout, theme === 'dark' ? DARK_THEME : LIGHT_THEME, { collapsed });
  if (out === '-') process.stdout.write(svg + '\n');
  else {
    try {
      fs.writeFileSync(out, svg + '\n');
    } catch (e) {
      process.stderr.write(`${out}: cannot write: ${(e as Error).message}\n`);
      return 2;
    }
  }
  return 0;
}
