// Entry point of the VS Code extension: a thin client (see ARCHITECTURE.md). All ASL knowledge is in the server.
import type * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Ctx, apiOf, type StepwiseApi } from './ctx';
import { registerGraph } from './graph';
import { registerStatus } from './status';

export type { StepwiseApi } from './ctx';

let ctx: Ctx | undefined;

export function activate(context: vscode.ExtensionContext): StepwiseApi {
  ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  registerCommands(ctx);
  registerStatus(ctx);
  registerGraph(ctx);
  // Not awaited: activation must succeed (and the restart command exist) even if the server cannot start.
  ctx.start().catch(() => undefined);
  return apiOf(ctx);
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
