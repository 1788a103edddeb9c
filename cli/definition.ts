// Reading what the commands run: a definition (JSON or YAML), an input, a mock configuration. Problems are
// reported as `file: message` lines and make the command exit 2.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { checkStructure, parseMockConfig, type MockConfig } from '../engine/simulate';
import { formatDiagnosticLine, validateText } from './validate';

export class InputError extends Error {
  constructor(readonly lines: string[]) { super(lines.join('\n')); }
}

export function isYamlFile(file: string): boolean { return /\.ya?ml$/i.test(file); }

function readText(file: string, what: string): string {
  try { return fs.readFileSync(file, 'utf8'); } catch (e) { throw new InputError([`${file}: cannot read the ${what}: ${(e as Error).message}`]); }
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

/** JSON text to a value, with `file:line:col` on a syntax error. */
export function parseJsonText(text: string, label: string): unknown {
  try { return JSON.parse(text); } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    throw new InputError([`${label}${m ? `:${lineCol(text, Number(m[1]))}` : ''}: error: not valid JSON: ${(e as Error).message}`]);
  }
}

/** Diagnostics that make a definition unrunnable: the validator's errors (as `stepwise validate` prints them), then
 * the simulator's structural check. */
function definitionProblems(file: string, text: string, definition: unknown): string[] {
  const errors = validateText(file, text).diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnosticLine(file, d));
  return [...errors, ...checkStructure(definition).map((p) => `${file}: error: ${p.path ? `${p.path}: ` : ''}${p.message}`)];
}

export function readDefinition(file: string): unknown {
  const text = readText(file, 'definition');
  let definition: unknown;
  if (isYamlFile(file)) {
    const doc = YAML.parseDocument(text, { prettyErrors: false });
    if (doc.errors.length) {
      throw new InputError(doc.errors.map((e) => `${file}${e.linePos ? `:${e.linePos[0].line}:${e.linePos[0].col}` : ''}: error: ${e.message.split('\n')[0]}`));
    }
    definition = doc.toJS();
  } else definition = parseJsonText(text, file);
  const problems = definitionProblems(file, text, definition);
  if (problems.length) throw new InputError(problems);
  return definition;
}

export function readInput(inline: string | undefined, file: string | undefined): unknown {
  if (inline !== undefined && file !== undefined) throw new InputError(['give --input or --input-file, not both']);
  if (inline !== undefined) return parseJsonText(inline, '--input');
  if (file !== undefined) return parseJsonText(readText(file, 'input'), file);
  return {};
}

export function readMockConfig(file: string): MockConfig {
  const value = parseJsonText(readText(file, 'mock configuration'), file);
  const { config, problems } = parseMockConfig(value);
  if (!config) throw new InputError(problems.map((p) => `${file}: error: ${p}`));
  return config;
}

/** The context names an execution of this definition gets: the state machine is named after the mock's machine or
 * the file. */
export function contextFor(file: string, stateMachine: string | undefined, executionName: string) {
  const name = stateMachine ?? path.basename(file).replace(/\.(asl\.)?(json|ya?ml)$/i, '');
  const safe = name.replace(/[^A-Za-z0-9_-]/g, '-');
  return {
    stateMachineName: safe,
    stateMachineArn: `arn:aws:states:us-east-1:123456789012:stateMachine:${safe}`,
    executionName,
    executionArn: `arn:aws:states:us-east-1:123456789012:execution:${safe}:${executionName}`,
  };
}
