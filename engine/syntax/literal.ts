// Writing a string back into the document in the style it was written in (JSON, YAML plain/quoted).
import type { StringNode } from './ast';

/** A JSON string literal. */
export function jsonString(s: string): string {
  return JSON.stringify(s);
}

const YAML_RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?(?:\.inf|\.nan)|[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+)$/i;

/** Whether a YAML plain scalar can hold the string as is (else it needs quotes). */
export function yamlPlainOk(s: string, inFlow = false): boolean {
  if (s === '' || s.trim() !== s || YAML_RESERVED.test(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  if (/: |:$| #|[\n\r\t]/.test(s)) return false;
  if (inFlow && /[,[\]{}]/.test(s)) return false;
  return true;
}

/** A YAML scalar for the string: plain when that is safe, else double-quoted. */
export function yamlString(s: string, inFlow = false): string {
  return yamlPlainOk(s, inFlow) ? s : JSON.stringify(s);
}

/**
 * The literal that replaces `node` so that it holds `value`, keeping the node's style where it can: JSON stays
 * double-quoted, YAML keeps single or double quotes, and plain YAML stays plain unless the value needs quotes.
 */
export function restyle(node: StringNode, value: string, text: string): string {
  if (node.style === '"') return JSON.stringify(value);
  if (node.style === "'") return `'${value.replace(/'/g, "''")}'`;
  return yamlString(value, isInFlow(text, node.offset));
}

/** Whether an offset sits inside a YAML flow collection (`{…}` or `[…]`) on its line: a rough but safe test. */
export function isInFlow(text: string, offset: number): boolean {
  let depth = 0;
  for (let i = offset - 1; i >= 0 && text[i] !== '\n'; i--) {
    if (text[i] === '}' || text[i] === ']') depth--;
    if (text[i] === '{' || text[i] === '[') depth++;
  }
  return depth > 0;
}
