// Navigation: definition, references, rename, symbols, highlights. (Being written: placeholders answer nothing.)
import type { AslDocument, DocumentSymbol, HighlightRange, Location, RenameResult, TextRange } from '../service/types';

export function findDefinition(_doc: AslDocument, _offset: number): Location[] { return []; }
export function findReferences(_doc: AslDocument, _offset: number, _includeDeclaration: boolean): Location[] { return []; }
/** The range of the state name to rename and its current text, or an error message saying why it cannot be renamed. */
export function prepareRename(_doc: AslDocument, _offset: number): { range: TextRange; placeholder: string } | { error: string } | undefined { return undefined; }
export function doRename(_doc: AslDocument, _offset: number, _newName: string): RenameResult | { error: string } | undefined { return undefined; }
export function documentSymbols(_doc: AslDocument): DocumentSymbol[] { return []; }
export function documentHighlights(_doc: AslDocument, _offset: number): HighlightRange[] { return []; }
