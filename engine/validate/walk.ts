// Where JSONPath states hold paths and `.$` templates, so the path, intrinsic and variable rules agree on them.
import type { StateInfo } from '../model';
import { getProperty, type AstNode, type ObjectNode, type PropertyNode, type StringNode } from '../syntax';
import { objectAt } from './analysis';

export interface PathOptions { reference?: boolean; allowContext?: boolean; allowVariables?: boolean; intrinsic?: boolean }

export interface PathSite {
  node: StringNode;
  /** The field (or `.$` key) holding the path, for messages. */
  field: string;
  options: PathOptions;
}

const REFERENCE: PathOptions = { reference: true };
const PLAIN: PathOptions = {};
const INTRINSIC: PathOptions = { intrinsic: true };
const RESULT_PATH: PathOptions = { reference: true, allowContext: false, allowVariables: false };

/** State-level path fields and how each is parsed. */
const STATE_PATHS: Record<string, PathOptions> = {
  InputPath: {}, OutputPath: {}, ResultPath: RESULT_PATH, ItemsPath: REFERENCE,
  TimeoutSecondsPath: REFERENCE, HeartbeatSecondsPath: REFERENCE, SecondsPath: REFERENCE, TimestampPath: REFERENCE,
  MaxConcurrencyPath: REFERENCE, ToleratedFailurePercentagePath: REFERENCE, ToleratedFailureCountPath: REFERENCE,
  ErrorPath: { intrinsic: true }, CausePath: { intrinsic: true },
};


const siteCache = new WeakMap<StateInfo, { sites: PathSite[]; nonStringDollar: PropertyNode[] }>();

/** Every JSONPath (and `.$` value) of a JSONPath state, plus the `.$` values that are not strings (cached per state). */
export function pathSites(s: StateInfo): { sites: PathSite[]; nonStringDollar: PropertyNode[] } {
  let hit = siteCache.get(s);
  if (!hit) { hit = collectPathSites(s); siteCache.set(s, hit); }
  return hit;
}

function collectPathSites(s: StateInfo): { sites: PathSite[]; nonStringDollar: PropertyNode[] } {
  const sites: PathSite[] = [];
  const nonStringDollar: PropertyNode[] = [];
  const o = s.node;
  if (!o) return { sites, nonStringDollar };
  const add = (obj: ObjectNode | undefined, field: string, options: PathOptions) => {
    const v = getProperty(obj, field)?.value;
    if (v?.kind === 'string') sites.push({ node: v, field, options });
  };
  const templates: AstNode[] = [];
  let catchers: AstNode | undefined, choices: AstNode | undefined, batcher: ObjectNode | undefined, reader: ObjectNode | undefined, writer: ObjectNode | undefined;
  // One pass over the state's fields (a state has a dozen; documents have thousands of states).
  for (const p of o.properties) {
    const v = p.value;
    if (!v) continue;
    const k = p.key.value;
    if (Object.prototype.hasOwnProperty.call(STATE_PATHS, k)) { if (v.kind === 'string') sites.push({ node: v, field: k, options: STATE_PATHS[k] }); continue; }
    switch (k) {
      case 'Parameters': case 'ResultSelector': case 'ItemSelector': case 'Assign': case 'Credentials': templates.push(v); break;
      case 'Catch': catchers = v; break;
      case 'Choices': choices = v; break;
      case 'ItemBatcher': if (v.kind === 'object') batcher = v; break;
      case 'ItemReader': if (v.kind === 'object') reader = v; break;
      case 'ResultWriter': if (v.kind === 'object') writer = v; break;
    }
  }
  if (reader) { const v = getProperty(reader, 'Parameters')?.value; if (v) templates.push(v); }
  if (writer) { const v = getProperty(writer, 'Parameters')?.value; if (v) templates.push(v); }
  if (batcher) {
    add(batcher, 'MaxItemsPerBatchPath', REFERENCE);
    add(batcher, 'MaxInputBytesPerBatchPath', REFERENCE);
    const bi = getProperty(batcher, 'BatchInput')?.value;
    if (bi) templates.push(bi);
  }
  if (reader) add(objectAt(reader, 'ReaderConfig'), 'MaxItemsPath', REFERENCE);
  if (catchers?.kind === 'array') {
    for (const c of catchers.items) {
      if (c.kind !== 'object') continue;
      add(c, 'ResultPath', RESULT_PATH);
      const assign = getProperty(c, 'Assign')?.value;
      if (assign) templates.push(assign);
    }
  }
  if (s.type === 'Choice' && choices?.kind === 'array') {
    for (const r of choices.items) {
      choiceRule(r, sites);
      const assign = getProperty(r, 'Assign')?.value;
      if (assign) templates.push(assign);
    }
  }
  for (const t of templates) dollarValues(t, sites, nonStringDollar);
  return { sites, nonStringDollar };
}

function choiceRule(r: AstNode, sites: PathSite[]): void {
  if (r.kind !== 'object') return;
  for (const p of r.properties) {
    const k = p.key.value;
    const v = p.value;
    if (!v) continue;
    if ((k === 'Variable' || (k.endsWith('Path') && /^(String|Numeric|Boolean|Timestamp)/.test(k))) && v.kind === 'string') sites.push({ node: v, field: k, options: PLAIN });
    else if ((k === 'And' || k === 'Or') && v.kind === 'array') for (const i of v.items) choiceRule(i, sites);
    else if (k === 'Not') choiceRule(v, sites);
  }
}

function dollarValues(n: AstNode, sites: PathSite[], nonString: PropertyNode[]): void {
  if (n.kind === 'array') { for (const i of n.items) dollarValues(i, sites, nonString); return; }
  if (n.kind !== 'object') return;
  for (const p of n.properties) {
    if (!p.value) continue;
    if (p.key.value.endsWith('.$')) {
      if (p.value.kind === 'string') sites.push({ node: p.value, field: p.key.value, options: INTRINSIC });
      else nonString.push(p);
    } else dollarValues(p.value, sites, nonString);
  }
}


/** Fields of a JSONata state whose strings are evaluated when they are `{% … %}`. */
const JSONATA_FIELDS = ['Arguments', 'Output', 'Assign', 'Items', 'ItemSelector', 'TimeoutSeconds', 'HeartbeatSeconds', 'Seconds', 'Timestamp',
  'MaxConcurrency', 'ToleratedFailurePercentage', 'ToleratedFailureCount', 'Error', 'Cause', 'Credentials', 'ItemReader', 'ItemBatcher',
  'ResultWriter', 'Choices', 'Catch'];

/** Every `{% … %}` string of a JSONata state (not those of its nested states). */
export function jsonataSites(s: StateInfo, isExpression: (v: string) => boolean): StringNode[] {
  const out: StringNode[] = [];
  const visit = (n: AstNode) => {
    if (n.kind === 'string') { if (isExpression(n.value)) out.push(n); return; }
    if (n.kind === 'array') { for (const i of n.items) visit(i); return; }
    if (n.kind === 'object') for (const p of n.properties) if (p.value && p.key.value !== 'Comment') visit(p.value);
  };
  for (const f of JSONATA_FIELDS) {
    const v = getProperty(s.node, f)?.value;
    if (v) visit(v);
  }
  return out;
}
