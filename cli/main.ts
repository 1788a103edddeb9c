// `stepwise <command> …`: a small dispatcher over one file per command. Each command returns its exit code.
import { renderCommand, RENDER_USAGE } from './render';
import { runCommand } from './run';
import { testCommand } from './test';
import { validateCommand } from './validate';

type Command = { run: (args: string[]) => Promise<number>; summary: string };

const commands: Record<string, Command> = {
  validate: { run: validateCommand, summary: 'validate <files or folders…> [--format text|json] [--quiet] [--no-placeholders]' },
  run: { run: runCommand, summary: 'run <definition> [--input <json> | --input-file <f>] [--mock-config <f> [--state-machine <name>] --test-case <name>] [--json] [--trace] [--no-limits]' },
  test: { run: testCommand, summary: 'test <definition> --mock-config <f> [--state-machine <name>] [--expect <f>] [--junit <out.xml>] [--no-limits]' },
  render: { run: renderCommand, summary: RENDER_USAGE },
};

function usage(): string {
  return ['usage: stepwise <command> [options]', '', ...Object.values(commands).map((c) => `  stepwise ${c.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') { process.stdout.write(usage() + '\n'); return name ? 0 : 2; }
  const command = commands[name];
  if (!command) { process.stderr.write(`stepwise: unknown command '${name}'\n${usage()}\n`); return 2; }
  if (rest.includes('--help') || rest.includes('-h')) { process.stdout.write(`usage: stepwise ${command.summary}\n`); return 0; }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`stepwise: ${(e as Error)?.stack ?? String(e)}\n`); process.exitCode = 2; },
);
