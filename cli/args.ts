// Command-line options: `--name value`, `--name=value` and boolean flags; positional arguments in order.

export class UsageError extends Error {}

export interface ParsedArgs { positional: string[]; values: Record<string, string>; flags: Set<string> }

export function parseArgs(args: string[], valueOptions: string[], flagOptions: string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], values: {}, flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) { out.positional.push(a); continue; }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (flagOptions.includes(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      out.flags.add(name);
    } else if (valueOptions.includes(name)) {
      const value = eq >= 0 ? a.slice(eq + 1) : args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      if (name in out.values) throw new UsageError(`--${name} is given twice`);
      out.values[name] = value;
    } else throw new UsageError(`unknown option --${name}`);
  }
  return out;
}
