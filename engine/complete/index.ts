// Completion. (Being written: this placeholder answers nothing so the server can be wired end to end.)
import type { AslDocument, CompletionResult, LanguageSettings } from '../service/types';

export function doComplete(_doc: AslDocument, _offset: number, _settings?: LanguageSettings): CompletionResult {
  return { items: [], isIncomplete: false };
}
