// The language service façade: one function per feature over an AslDocument. No LSP here; see server/.
import { buildModel } from '../model';
import { parseDocument, type DocumentFormat } from '../syntax';
import { doComplete } from '../complete';
import { doHover } from '../hover';
import { findDefinition, findReferences, prepareRename, doRename, documentSymbols, documentHighlights } from '../navigate';
import { codeActions } from '../fix';
import { formatDocument, foldingRanges } from '../format';
import { validateDocument } from '../validate';
import type { AslDocument } from './types';

export * from './types';

export function createDocument(text: string, format: DocumentFormat): AslDocument {
  const parsed = parseDocument(text, format);
  return { text, format, parsed, model: buildModel(parsed) };
}

export function getLanguageService() {
  return {
    validate: validateDocument,
    complete: doComplete,
    hover: doHover,
    definition: findDefinition,
    references: findReferences,
    prepareRename,
    rename: doRename,
    documentSymbols,
    documentHighlights,
    codeActions,
    format: formatDocument,
    foldingRanges,
  };
}

export type LanguageService = ReturnType<typeof getLanguageService>;
