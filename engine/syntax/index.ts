// The syntax layer's façade: text in, one AST for JSON and YAML out. Never throws.
import type { DocumentFormat, ParsedDocument } from './ast';
import { parseJson } from './json';
import { parseYaml } from './yaml';

export * from './ast';
export * from './nodes';
export { LineIndex, type LinePosition } from './lines';
export { repeatedKeysOf } from './shared';

export function parseDocument(text: string, format: DocumentFormat): ParsedDocument {
  try {
    return format === 'yaml' ? parseYaml(text) : parseJson(text);
  } catch (e) {
    // The parsers are tolerant; this is a last line of defence so that no request ever fails on odd text.
    return { format, text, root: undefined, comments: [],
      problems: [{ offset: 0, length: 0, message: `The document could not be parsed: ${(e as Error).message}`, code: 'parse-internal' }] };
  }
}

/** The format for a file name or VS Code language id: YAML for `.yaml`/`.yml` and `asl-yaml`, JSON otherwise. */
export function formatOf(nameOrLanguageId: string): DocumentFormat {
  return /(\.ya?ml$)|(^asl-yaml$)|(^yaml$)/i.test(nameOrLanguageId) ? 'yaml' : 'json';
}
