// States.Format templates and the text each value becomes.
//
// Template: `{}` is a placeholder; `\{`, `\}`, `\'` and `\\` are the literal characters (the guide's "Reserved
// characters in intrinsic functions"). Any other brace is an error, as AWS fails 'Hello {', '}' and 'Hello {{}}'
// (observed on AWS by a public conformance suite).
//
// Values: AWS renders them the way Java's toString does (executions recorded against AWS in LocalStack's
// test_generic snapshot): strings as themselves, null as "null", numbers and booleans plainly, an object
// {"Arg1": 1, "Arg2": []} as "{Arg1=1, Arg2=[]}" and an array as "[a, b]", nested values rendered the same way.

export type TemplatePart = { text: string } | { placeholder: true; offset: number };

export type Template = { parts: TemplatePart[]; placeholders: number } | { error: string; offset: number; length: number };

const ESCAPABLE = new Set(["'", '{', '}', '\\']);

export function parseTemplate(raw: string): Template {
  const parts: TemplatePart[] = [];
  let text = '';
  let placeholders = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\' && ESCAPABLE.has(raw[i + 1])) {
      text += raw[++i];
    } else if (ch === '{') {
      if (raw[i + 1] !== '}') return { error: "a '{' that does not start a {} placeholder (write \\{ for a literal brace)", offset: i, length: 1 };
      if (text) parts.push({ text });
      text = '';
      parts.push({ placeholder: true, offset: i });
      placeholders++;
      i++;
    } else if (ch === '}') {
      return { error: "a '}' without a matching '{' (write \\} for a literal brace)", offset: i, length: 1 };
    } else {
      text += ch;
    }
  }
  if (text) parts.push({ text });
  return { parts, placeholders };
}

export function renderTemplate(parts: TemplatePart[], values: unknown[]): string {
  let out = '';
  let next = 0;
  for (const part of parts) out += 'text' in part ? part.text : formatValue(values[next++]);
  return out;
}

/** The text a value becomes inside States.Format (Java toString style). */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj).map((k) => `${k}=${formatValue(obj[k])}`).join(', ')}}`;
  }
  return String(value);
}
