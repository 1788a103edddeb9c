// The `stepwise.*` settings as the client sees them, and the documents Stepwise serves. The server reads the same
// section (pushed with workspace/didChangeConfiguration and sent as initializationOptions); see package.json
// `contributes.configuration` for the user-facing descriptions.
import * as vscode from 'vscode';

export const SECTION = 'stepwise';

/** Language ids contributed in package.json: ASL in JSON and in YAML. */
export const LANGUAGES = ['asl', 'asl-yaml'] as const;

/** Saved files and new untitled buffers of either language. */
export const DOCUMENT_SELECTOR = LANGUAGES.flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

export interface Settings {
  validation: { enable: boolean; placeholders: boolean; ignore: string[] };
  format: { enable: boolean };
  trace: { server: 'off' | 'messages' | 'verbose' };
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    validation: {
      enable: c.get('validation.enable', true),
      placeholders: c.get('validation.placeholders', true),
      ignore: c.get<string[]>('validation.ignore', []).filter((s) => typeof s === 'string'),
    },
    format: { enable: c.get('format.enable', true) },
    trace: { server: c.get('trace.server', 'off') },
  };
}
