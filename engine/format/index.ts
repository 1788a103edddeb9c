// Formatting and folding. (Being written: placeholders answer nothing.)
import type { AslDocument, FoldingRange, FormatOptions, TextEdit, TextRange } from '../service/types';

export function formatDocument(_doc: AslDocument, _range: TextRange | undefined, _options: FormatOptions): TextEdit[] { return []; }
export function foldingRanges(_doc: AslDocument): FoldingRange[] { return []; }
