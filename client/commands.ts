// Commands as small factories over the context: each takes the Ctx and returns the handler. Registering a new
// command is one line in COMMANDS plus its `contributes.commands` entry in package.json.
import * as vscode from 'vscode';
import type { Ctx } from './ctx';

type Factory = (ctx: Ctx) => (...args: unknown[]) => unknown;

const restartServer: Factory = (ctx) => async () => {
  try {
    await ctx.restart();
  } catch (e) {
    void vscode.window.showErrorMessage(`Stepwise: the language server did not restart: ${e instanceof Error ? e.message : String(e)}`);
  }
};

const showOutput: Factory = (ctx) => () => ctx.output.show(true);

export const COMMANDS: Record<string, Factory> = {
  'stepwise.restartServer': restartServer,
  'stepwise.showOutput': showOutput,
};

export function registerCommands(ctx: Ctx): void {
  for (const [id, factory] of Object.entries(COMMANDS)) ctx.push(vscode.commands.registerCommand(id, factory(ctx)));
}
