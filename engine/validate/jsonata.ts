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
    const token = typeof err.token === 'string' && err.token !== '(end)' ? err.token : '';
    const index = Math.max(0, Math.min(pos - token.length, expression.length));
    result = { error: { index, length: Math.min(token.length || 1, expression.length - index), message: err.message ?? 'Syntax error.' } };
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
