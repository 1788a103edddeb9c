// The ASL schema (asl.schema.json, compiled ahead of time into validator.generated.js): the top level, then each
// state against the definition for its Type. ajv's errors become diagnostics on the AST: an unknown field on its
// key, a wrong value on the value, a missing field on the key of the object that lacks it.
import { STATE_TYPES, type StateInfo } from '../../model';
import { getProperty, pathOf, type AstNode, type PropertyNode } from '../../syntax';
import { analysisOf, hasPlaceholder } from '../analysis';
import type { RuleContext, Rule } from '../rule';
import * as V from '../schema/validator.generated';
import type { SchemaError, ValidateFunction } from '../schema/validator';

const BY_TYPE: Record<string, ValidateFunction> = {
  Task: V.Task, Pass: V.Pass, Choice: V.Choice, Wait: V.Wait, Succeed: V.Succeed, Fail: V.Fail, Parallel: V.Parallel, Map: V.Map,
};

export const schema: Rule = {
  id: 'schema',
  run(ctx) {
    const { model, parsed } = ctx.doc;
    if (!parsed.root) return;
    if (!model.root) {
      ctx.report('invalid-type', { offset: parsed.root.offset, length: parsed.root.length, args: { field: 'The state machine', expected: 'an object with StartAt and States' } });
      return;
    }
    const values = new Values(ctx);
    check(ctx, V.root, model.root, values.of(model.root, true), { what: 'The state machine', at: firstKeyOrSelf(model.root) });
    for (const s of model.states) checkState(ctx, s, values);
  },
};

/** Thrown by plain() on a `__proto__` key where JSON.parse's value must be used (see Values). */
const PROTO = { reason: '__proto__ key' };

/**
 * The plain values the schema sees, built from the AST one state at a time (nested states cut, see plain()). For
 * well-formed JSON without repeated keys they are what JSON.parse gives — except for a `__proto__` key, which
 * JSON.parse keeps as a property and an assignment does not: for well-formed JSON such a value is taken from the
 * document's JSON.parse value, as it always has been.
 */
class Values {
  private whole: unknown;
  private parsedWhole = false;
  private readonly nativeJson: boolean;

  constructor(private readonly ctx: RuleContext) {
    const { parsed } = ctx.doc;
    this.nativeJson = parsed.format === 'json' && !parsed.problems.length && !analysisOf(ctx.doc).duplicateKeys().length;
  }

  of(node: AstNode, isBlock: boolean): unknown {
    if (!this.nativeJson) return plain(node, isBlock, false);
    try {
      return plain(node, isBlock, true);
    } catch (e) {
      if (e !== PROTO) throw e;
    }
    if (!this.parsedWhole) {
      this.parsedWhole = true;
      try { this.whole = JSON.parse(this.ctx.doc.parsed.text); } catch { this.whole = undefined; }
    }
    return this.whole === undefined ? plain(node, isBlock, false) : valueAt(this.whole, node);
  }
}

/** The plain value of a node inside `whole` (the document's JSON.parse value), found by its path from the root. */
function valueAt(whole: unknown, node: AstNode): unknown {
  let v = whole;
  for (const seg of pathOf(node)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function checkState(ctx: RuleContext, s: StateInfo, values: Values): void {
  const key = { offset: s.key.offset, length: s.key.length };
  if (!s.node) {
    ctx.report('state-not-object', { ...(s.property.value ? { offset: s.property.value.offset, length: s.property.value.length } : key), args: { name: s.name } });
    return;
  }
  const typeProp = getProperty(s.node, 'Type');
  if (!typeProp) {
    ctx.report('missing-field', { ...key, args: { what: `State "${s.name}"`, field: 'Type' } });
    return;
  }
  const tv = typeProp.value;
  if (tv?.kind !== 'string' || !(STATE_TYPES as readonly string[]).includes(tv.value)) {
    if (tv?.kind === 'string' && ctx.settings.placeholders && hasPlaceholder(tv.value)) return;
    const at = tv ?? typeProp.key;
    ctx.report('invalid-state-type', { offset: at.offset, length: at.length, args: { type: tv?.kind === 'string' ? tv.value : String(tv ? (tv as { value?: unknown }).value ?? tv.kind : '') } });
    return;
  }
  // From JSON.parse the nested states of a Parallel or Map come along whole; the schema takes them as opaque objects.
  const value = values.of(s.node, false);
  check(ctx, BY_TYPE[tv.value], s.node, value, { what: `${tv.value} state "${s.name}"`, at: key });
}

interface Subject { what: string; at: { offset: number; length: number } }

function check(ctx: RuleContext, validate: ValidateFunction, node: AstNode, value: unknown, subject: Subject): void {
  if (validate(value)) return;
  const errors = validate.errors ?? [];
  const grouped = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && grouped.has(e.instancePath)) continue;
    if (e.keyword === 'if' || e.keyword === 'allOf') continue;
    const sig = `${e.keyword}|${e.instancePath}|${JSON.stringify(e.params)}`;
    if (seen.has(sig)) continue;
    seen.add(sig);
    reportError(ctx, e, node, subject);
  }
}

function reportError(ctx: RuleContext, e: SchemaError, base: AstNode, subject: Subject): void {
  const segments = e.instancePath === '' ? [] : e.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const target = resolve(base, segments);
  if (!target) return;
  const title = e.parentSchema?.title;
  const field = fieldName(segments);
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(e.params.additionalProperty);
      const prop = lastProperty(target.node, name);
      if (!prop) return;
      const where = title ? `${/ state$/.test(title) ? 'on' : 'in'} ${title}` : 'here';
      ctx.report('unknown-field', { offset: prop.key.offset, length: prop.key.length, args: { field: name, where }, data: { field: name } });
      return;
    }
    case 'required': {
      const missing = String(e.params.missingProperty);
      const what = segments.length === 0 ? subject.what : title ? capitalize(title.replace(/^(a|an|the) /, 'this ')) : 'This object';
      const at = segments.length === 0 ? subject.at : target.prop ? { offset: target.prop.key.offset, length: target.prop.key.length } : firstKeyOrSelf(target.node);
      ctx.report('missing-field', { ...at, args: { what, field: missing }, data: { field: missing } });
      return;
    }
    default: {
      const n = target.node;
      if (ctx.settings.placeholders && n.kind === 'string' && hasPlaceholder(n.value)) return;
      const range = { offset: n.offset, length: n.length };
      if (e.keyword === 'type' || (e.keyword === 'anyOf' && n.kind !== 'number')) {
        ctx.report('invalid-type', { ...range, args: { field, expected: title ?? `of type ${String(e.params.type)}` } });
      } else if (e.keyword === 'minItems') {
        ctx.report('invalid-value', { ...range, args: { field, problem: 'must not be empty' } });
      } else {
        ctx.report('invalid-value', { ...range, args: { field, problem: title ? `must be ${title}` : e.message ?? 'is not valid' } });
      }
    }
  }
}

function fieldName(segments: string[]): string {
  if (segments.length === 0) return 'This value';
  const last = segments[segments.length - 1];
  if (/^\d+$/.test(last) && segments.length > 1) return `${segments[segments.length - 2]}[${last}]`;
  return last;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lastProperty(n: AstNode, key: string): PropertyNode | undefined {
  if (n.kind !== 'object') return undefined;
  for (let i = n.properties.length - 1; i >= 0; i--) if (n.properties[i].key.value === key) return n.properties[i];
  return undefined;
}

function firstKeyOrSelf(n: AstNode): { offset: number; length: number } {
  if (n.kind === 'object' && n.properties.length) return { offset: n.properties[0].key.offset, length: n.properties[0].key.length };
  return { offset: n.offset, length: Math.min(n.length, 1) };
}

/** The node a JSON Pointer names, as JSON.parse would see it (the last of duplicate keys). */
function resolve(base: AstNode, segments: string[]): { node: AstNode; prop?: PropertyNode } | undefined {
  let node: AstNode = base;
  let prop: PropertyNode | undefined;
  for (const seg of segments) {
    if (node.kind === 'object') {
      prop = lastProperty(node, seg);
      if (!prop?.value) return undefined;
      node = prop.value;
    } else if (node.kind === 'array') {
      const item = node.items[Number(seg)];
      if (!item) return undefined;
      node = item;
      prop = undefined;
    } else return undefined;
  }
  return { node, prop };
}

/**
 * The plain value the schema sees. The States of a branch or processor are cut to `{ name: {} }`: each nested state
 * is validated as a state of its own, so a document is walked once, not once per nesting level.
 */
function plain(n: AstNode, isBlock: boolean, strictProto: boolean): unknown {
  switch (n.kind) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of n.properties) {
        const k = p.key.value;
        if (strictProto && k === '__proto__') throw PROTO;
        if (!p.value) { if (p.colonOffset >= 0) o[k] = null; continue; }
        if (isBlock && k === 'States' && p.value.kind === 'object') {
          const states: Record<string, unknown> = {};
          for (const sp of p.value.properties) {
            if (strictProto && sp.key.value === '__proto__') throw PROTO;
            states[sp.key.value] = {};
          }
          o[k] = states;
        } else if (k === 'Branches' && p.value.kind === 'array') {
          o[k] = p.value.items.map((b) => plain(b, true, strictProto));
        } else if ((k === 'ItemProcessor' || k === 'Iterator') && !isBlock) {
          o[k] = plain(p.value, true, strictProto);
        } else {
          o[k] = plain(p.value, false, strictProto);
        }
      }
      return o;
    }
    case 'array': {
      const items = n.items;
      const out = new Array<unknown>(items.length);
      for (let i = 0; i < items.length; i++) out[i] = plain(items[i], false, strictProto);
      return out;
    }
    default: return n.value;
  }
}
