// JSONata parsing for validation, cached by expression text (a document re-validated on every keystroke parses
// each unchanged expression once). The cache is bounded.
import jsonata from 'jsonata';

export interface JsonataNode { type: string; value?: unknown; position?: number; [k: string]: unknown }

export interface JsonataParse {
  ast?: JsonataNode;
  error?: { index: number; length: number; message: string };
}

const cache = new Map<string, JsonataParse>();
const LIMIT = 5000;

export function parseJsonata(expression: string): JsonataParse {
  const hit = cache.get(expression);
  if (hit) return hit;
  let result: JsonataParse;
  try {
    result = { ast: jsonata(expression).ast() as unknown as JsonataNode };
  } catch (e) {
    const err = e as { position?: number; token?: unknown; message?: string };
    const pos = typeof err.position === 'number' ? Math.max(0, Math.min(err.position, expression.length)) : expression.length;
    const token = err.token === undefined || err.token === null || err.token === '(end)' ? '' : String(err.token);
    let index = Math.max(0, Math.min(pos - token.length, expression.length));
    let length = Math.min(token.length || 1, expression.length - index);
    const lastChar = expression.trimEnd().length - 1;
    // At the end of the expression ("unexpected end"), point at its last character rather than at nothing.
    if (lastChar >= 0 && index > lastChar) { index = lastChar; length = 1; }
    result = { error: { index, length, message: err.message ?? 'Syntax error.' } };
  }
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(expression, result);
  return result;
}

/** The expression inside `{% … %}` and its index in the string value. */
export function expressionOf(value: string): { text: string; index: number } {
  const open = value.indexOf('{%');
  const close = value.lastIndexOf('%}');
  return { text: value.slice(open + 2, close), index: open + 2 };
}
