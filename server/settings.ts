// The client's `stepwise.*` settings as the engine's LanguageSettings. Clients that cannot answer
// workspace/configuration (or send nothing) get the defaults.
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, type LanguageSettings } from '../engine/service';

export interface ClientSettings {
  validation?: { enable?: boolean; placeholders?: boolean; ignore?: string[] };
  format?: { enable?: boolean };
}

/** Diagnostic codes the user does not want reported (`stepwise.validation.ignore`). */
export function ignoredCodes(s: ClientSettings | undefined | null): Set<string> {
  const list = s?.validation?.ignore;
  return new Set(Array.isArray(list) ? list.filter((c): c is string => typeof c === 'string') : []);
}

/** `stepwise.format.enable`: when false the server offers no formatting edits. */
export function formatEnabled(s: ClientSettings | undefined | null): boolean {
  return s?.format?.enable ?? true;
}

export function toLanguageSettings(s: ClientSettings | undefined | null): LanguageSettings {
  return {
    validate: s?.validation?.enable ?? DEFAULT_SETTINGS.validate,
    placeholders: s?.validation?.placeholders ?? DEFAULT_SETTINGS.placeholders,
  };
}

export class Settings {
  private cache = new Map<string, Promise<ClientSettings | undefined>>();
  constructor(private readonly connection: Connection, private readonly canAsk: () => boolean) {}

  /** The settings that apply to a document (resource-scoped, so a workspace folder may differ). */
  async forDocument(uri: string): Promise<ClientSettings | undefined> {
    if (!this.canAsk()) return this.pushed;
    let p = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'stepwise' }).then((v) => v ?? undefined, () => undefined);
      this.cache.set(uri, p);
    }
    return p;
  }

  /** Settings pushed by didChangeConfiguration (clients without workspace/configuration). */
  pushed: ClientSettings | undefined;

  reset(pushed?: ClientSettings): void {
    this.cache.clear();
    if (pushed) this.pushed = pushed;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
