// Completion: find where the cursor is (cursor.ts), what that place means in ASL (place.ts), and ask the provider
// for that kind of place — keys, values, state names, or an embedded language inside a string. JSON and YAML go
// through the same steps; only the cursor analysis and the inserted text differ.
import type { AslDocument, CompletionResult, LanguageSettings } from '../service/types';
import { asString, getValue } from '../syntax';
import { cursorAt, type Cursor, type KeyCursor } from './cursor';
import { completeJsonata, openJsonata } from './jsonata';
import { completeJsonPath, type ExpressionEnv } from './jsonpath';
import { completeIntrinsics, intrinsicToken } from './intrinsics';
import { addInString, type Emit } from './items';
import { completeKeys } from './keys';
import { nodeAtPath, placeOf, type Place } from './place';
import { indentUnit } from './render';
import { completeStructuredValue, completeValue } from './values';
import { variablesInScope } from './variables';

const EMPTY: CompletionResult = { items: [], isIncomplete: false };

export function doComplete(doc: AslDocument, offset: number, _settings?: LanguageSettings): CompletionResult {
  try {
    const cursor = cursorAt(doc, offset);
    if (!cursor) return EMPTY;
    const e: Emit = { format: doc.format, text: doc.text, root: doc.parsed.root, broken: doc.parsed.problems.length > 0, unit: indentUnit(doc.text), cursor, items: [] };
    complete(doc, e, cursor);
    return { items: e.items, isIncomplete: false };
  } catch {
    // Completion never fails a request: a bug here shows as no suggestions, not as an error in the editor.
    return EMPTY;
  }
}

function complete(doc: AslDocument, e: Emit, c: Cursor): void {
  const model = doc.model;
  if (c.kind === 'key') {
    completeKeys(e, placeOf(model, c.path), c, !doc.parsed.root);
    return;
  }
  const path = c.kind === 'item' ? [...c.path, c.index] : c.path;
  const place = placeOf(model, path);
  if (c.kind === 'item' && c.dash && place.kind === 'object') {
    // `- |` in a list of objects: the first key of a new entry.
    const existing = nodeAtPath(doc.parsed.root, path);
    const object = existing?.kind === 'object' ? existing : undefined;
    const kc: KeyCursor = { ...c, kind: 'key', path, object, quote: c.string?.quote === '"' || c.string?.quote === "'" ? c.string.quote : undefined, hasColon: false };
    completeKeys({ ...e, cursor: kc }, place, kc, false);
    if (!c.prefix && !object?.properties.length) completeValue(e, place);
    return;
  }
  // Nothing typed yet where a value goes (JSON with no quote yet, YAML after `key: `).
  const empty = !c.string || (c.string.quote === 'plain' && c.string.before === '' && c.string.contentEnd === c.string.contentStart);
  if (empty && place.kind === 'array') {
    completeStructuredValue(e, place.field, place.ql, asString(getValue(place.st?.node, 'Resource'))?.value);
    return;
  }
  if (empty && acceptsJsonata(place)) addJsonataWrapper(e);
  if (c.string) {
    if (embedded(doc, e, c, place, path)) return;
  }
  completeValue(e, place);
}

const WRAPPER_DOC = 'A JSONata expression: the text between `{%` and `%}` is evaluated, with `$states.input`, variables and functions.';

/** `"{% %}"` where a JSONata value goes and nothing (or an empty YAML scalar) is typed yet. */
function addJsonataWrapper(e: Emit): void {
  const c = e.cursor;
  if (c.kind === 'key') return;
  let text = '"{% $1 %}"';
  if (e.format === 'json') text += c.commaAfter ? ',' : '';
  else text = (c.insertPrefix ?? '') + text;
  e.items.push({ label: '{% %}', kind: 'snippet', detail: 'JSONata expression', documentation: WRAPPER_DOC, sortText: '0', insertText: text, insertTextFormat: 'snippet', range: c.range,
    additionalEdits: !c.string && c.commaBefore !== undefined ? [{ offset: c.commaBefore, length: 0, newText: ',' }] : undefined });
}

function envFor(doc: AslDocument, place: Place, path: (string | number)[]): ExpressionEnv {
  const st = place.kind === 'unknown' || place.kind === 'root' ? undefined : place.kind === 'states' ? place.owner : place.st;
  let cache: ReturnType<typeof variablesInScope> | undefined;
  let inMap = path.includes('ItemSelector') && st?.type === 'Map';
  for (let sc = st?.scope; sc && !inMap; sc = sc.parent) if (sc.kind === 'itemProcessor' || sc.kind === 'iterator') inMap = true;
  return { st, inMap, variables: () => (cache ??= variablesInScope(doc.model, st?.info, st?.scope)) };
}

/** Fields whose value is a JSONPath path, and payload `key.$` values: completed as JSONPath. */
function jsonPathPlace(place: Place): { intrinsics: boolean } | undefined {
  if (place.kind === 'scalar' && (place.field.kind === 'path' || place.field.kind === 'referencePath') && place.ql === 'JSONPath') {
    return { intrinsics: place.field.name === 'ErrorPath' || place.field.name === 'CausePath' };
  }
  if (place.kind === 'operator' && place.op.valueType === 'path') return { intrinsics: false };
  if (place.kind === 'payload' && place.ql === 'JSONPath' && place.key?.endsWith('.$')) return { intrinsics: true };
  return undefined;
}

function acceptsJsonata(place: Place): boolean {
  if (place.kind === 'payload') return place.ql === 'JSONata';
  if (place.kind === 'scalar') return place.ql === 'JSONata' && (!!place.field.acceptsJsonata || place.field.kind === 'jsonata');
  return false;
}

function embedded(doc: AslDocument, e: Emit, c: Exclude<Cursor, KeyCursor>, place: Place, path: (string | number)[]): boolean {
  const s = c.string!;
  const env = () => envFor(doc, place, path);
  if (place.kind !== 'unknown' && place.kind !== 'root' && place.ql === 'JSONata') {
    const expr = openJsonata(s.before);
    if (expr !== undefined) {
      const catcher = place.kind === 'object' || place.kind === 'scalar' || place.kind === 'payload' ? path.includes('Catch') : false;
      const hasResult = ['Task', 'Parallel', 'Map'].includes((place.kind === 'states' ? place.owner : place.st)?.type ?? '') && !path.includes('Arguments');
      completeJsonata(e, expr, env(), { catcher, hasResult });
      return true;
    }
    if (acceptsJsonata(place) && /^\s*$/.test(s.before) && s.quote !== 'plain') {
      addInString(e, '{% %}', s.before.length, '{% $1 %}', { label: '{% %}', kind: 'snippet', detail: 'JSONata expression', sortText: '0', documentation: WRAPPER_DOC });
      // Fall through: enum values and state names still apply (e.g. Next in a JSONata state).
    }
  }
  const jp = jsonPathPlace(place);
  if (!jp) return false;
  if (!jp.intrinsics) {
    completeJsonPath(e, s.before, env());
    return true;
  }
  const it = intrinsicToken(s.before);
  if (!it) return true; // inside a quoted literal of an intrinsic
  if (it.token.startsWith('$') || it.token === '') completeJsonPath(e, it.token, env());
  if (!it.token.startsWith('$')) completeIntrinsics(e, it.token);
  return true;
}
