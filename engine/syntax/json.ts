// JSON text → AST. Well-formed JSON (nearly every keystroke's text) takes the strict one-pass parser in jsonStrict.ts;
// anything else takes jsonc-parser's tolerant parser: any text gives a tree (possibly partial) plus problems.
import { parseTree, printParseErrorCode, type Node as JNode, type ParseError } from 'jsonc-parser';
import type { ArrayNode, AstNode, ObjectNode, ParsedDocument, PropertyNode, StringNode, SyntaxProblem } from './ast';
import { parseStrictJson } from './jsonStrict';

const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Invalid symbol.',
  InvalidNumberFormat: 'Invalid number format.',
  PropertyNameExpected: 'Property name expected.',
  ValueExpected: 'Value expected.',
  ColonExpected: 'Colon expected.',
  CommaExpected: 'Comma expected.',
  CloseBraceExpected: 'Closing brace `}` expected.',
  CloseBracketExpected: 'Closing bracket `]` expected.',
  EndOfFileExpected: 'End of file expected: a document holds one JSON value.',
  InvalidCommentToken: 'Comments are not allowed in JSON: Step Functions rejects them.',
  UnexpectedEndOfComment: 'Unexpected end of comment.',
  UnexpectedEndOfString: 'Unterminated string.',
  UnexpectedEndOfNumber: 'Unexpected end of number.',
  InvalidUnicode: 'Invalid unicode escape sequence.',
  InvalidEscapeCharacter: 'Invalid escape character in string.',
  InvalidCharacter: 'Invalid character in string: control characters must be escaped.',
};

export function parseJson(text: string): ParsedDocument {
  const root = parseStrictJson(text);
  if (root) return { format: 'json', text, root, problems: [], comments: [] };
  return parseJsonTolerant(text);
}

/** jsonc-parser's tree, converted: the path for text that is not strictly valid JSON (and the fast path's reference). */
export function parseJsonTolerant(text: string): ParsedDocument {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  const problems: SyntaxProblem[] = errors.map((e) => {
    const name = printParseErrorCode(e.error);
    return { offset: e.offset, length: Math.max(e.length, 0), message: MESSAGES[name] ?? name, code: `json-${kebab(name)}` };
  });
  if (text.trim() === '') problems.push({ offset: 0, length: 0, message: 'The document is empty: a state machine is a JSON object.', code: 'json-empty' });
  const root = tree ? convert(tree, undefined) : undefined;
  return { format: 'json', text, root, problems, comments: [] };
}

function kebab(s: string): string {
  return s.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

function convert(n: JNode, parent: PropertyNode | ArrayNode | undefined): AstNode {
  switch (n.type) {
    case 'object': {
      const obj: ObjectNode = { kind: 'object', offset: n.offset, length: n.length, properties: [], parent };
      for (const child of n.children ?? []) {
        const p = convertProperty(child, obj);
        if (p) obj.properties.push(p);
      }
      return obj;
    }
    case 'array': {
      const arr: ArrayNode = { kind: 'array', offset: n.offset, length: n.length, items: [], parent };
      for (const child of n.children ?? []) arr.items.push(convert(child, arr));
      return arr;
    }
    case 'string':
      return { kind: 'string', offset: n.offset, length: n.length, value: String(n.value ?? ''), style: '"', contentOffset: n.offset + 1, parent };
    case 'number':
      return { kind: 'number', offset: n.offset, length: n.length, value: Number(n.value), parent };
    case 'boolean':
      return { kind: 'boolean', offset: n.offset, length: n.length, value: Boolean(n.value), parent };
    default:
      return { kind: 'null', offset: n.offset, length: n.length, value: null, parent };
  }
}

function convertProperty(n: JNode, obj: ObjectNode): PropertyNode | undefined {
  const [keyJ, valueJ] = n.children ?? [];
  if (!keyJ) return undefined;
  const key: StringNode = { kind: 'string', offset: keyJ.offset, length: keyJ.length, value: String(keyJ.value ?? ''), style: '"', contentOffset: keyJ.offset + 1, parent: undefined };
  const prop: PropertyNode = { kind: 'property', offset: n.offset, length: n.length, key, value: undefined, colonOffset: n.colonOffset ?? -1, parent: obj };
  key.parent = prop;
  if (valueJ) prop.value = convert(valueJ, prop);
  return prop;
}
