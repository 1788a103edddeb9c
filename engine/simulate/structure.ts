// The structural check that decides whether a definition can run at all: States and StartAt present, and every
// StartAt, Next, Default and Catch target naming a state of its own block. (The full validator is engine/validate.)

export interface StructureProblem { path: string; message: string }

function isObject(v: unknown): v is Record<string, any> { return v !== null && typeof v === 'object' && !Array.isArray(v); }

type QueryLanguage = 'JSONata' | 'JSONPath';

const isQueryLanguage = (v: unknown): v is QueryLanguage => v === 'JSONata' || v === 'JSONPath';

/**
 * The QueryLanguage of a block's states that set none: a `"QueryLanguage"` string written among its States (taken as
 * the block's default, as engine/model does), else the enclosing block's.
 */
export function blockQueryLanguage(states: unknown, inherited: QueryLanguage): QueryLanguage {
  const v = isObject(states) ? states.QueryLanguage : undefined;
  return isQueryLanguage(v) ? v : inherited;
}

export function checkStructure(definition: unknown): StructureProblem[] {
  const problems: StructureProblem[] = [];
  if (!isObject(definition)) return [{ path: '', message: 'The definition must be a JSON object.' }];
  checkMachine(definition, '', problems);
  return problems;
}

function checkMachine(m: Record<string, any>, at: string, problems: StructureProblem[]): void {
  if (!isObject(m.States)) { problems.push({ path: `${at}/States`, message: 'States is missing or not an object.' }); return; }
  if (typeof m.StartAt !== 'string') problems.push({ path: `${at}/StartAt`, message: 'StartAt is missing.' });
  else if (!(m.StartAt in m.States)) problems.push({ path: `${at}/StartAt`, message: `StartAt names '${m.StartAt}', which is not a state here.` });
  const target = (path: string, name: unknown) => {
    if (typeof name !== 'string' || !(name in m.States)) problems.push({ path, message: `'${String(name)}' is not a state in this block.` });
  };
  for (const [name, s] of Object.entries(m.States as Record<string, unknown>)) {
    if (name === 'QueryLanguage' && isQueryLanguage(s)) continue; // the block's default, not a state
    const p = `${at}/States/${name}`;
    if (!isObject(s) || typeof s.Type !== 'string') { problems.push({ path: p, message: `The state '${name}' has no Type.` }); continue; }
    // A state with neither Next nor End is invalid ASL (the validator says so) but can still run: it ends its
    // block if it is ever left normally.
    if (s.Next !== undefined) target(`${p}/Next`, s.Next);
    if (s.Type === 'Choice') {
      if (!Array.isArray(s.Choices)) problems.push({ path: `${p}/Choices`, message: `The Choice state '${name}' has no Choices.` });
      else s.Choices.forEach((c: any, i: number) => target(`${p}/Choices/${i}/Next`, c?.Next));
      if (s.Default !== undefined) target(`${p}/Default`, s.Default);
    }
    if (Array.isArray(s.Catch)) s.Catch.forEach((c: any, i: number) => target(`${p}/Catch/${i}/Next`, c?.Next));
    if (s.Type === 'Parallel') {
      if (!Array.isArray(s.Branches)) problems.push({ path: `${p}/Branches`, message: `The Parallel state '${name}' has no Branches.` });
      else s.Branches.forEach((b: unknown, i: number) => isObject(b) ? checkMachine(b, `${p}/Branches/${i}`, problems) : problems.push({ path: `${p}/Branches/${i}`, message: 'A branch must be an object.' }));
    }
    if (s.Type === 'Map') {
      const proc = s.ItemProcessor ?? s.Iterator;
      if (!isObject(proc)) problems.push({ path: `${p}/ItemProcessor`, message: `The Map state '${name}' has no ItemProcessor.` });
      else checkMachine(proc, `${p}/${s.ItemProcessor ? 'ItemProcessor' : 'Iterator'}`, problems);
    }
  }
}
