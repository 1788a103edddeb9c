// Quick fixes. (Being written: this placeholder offers nothing.)
import type { AslDocument, CodeAction, Diagnostic, TextRange } from '../service/types';

export function codeActions(_doc: AslDocument, _range: TextRange, _diagnostics: Diagnostic[]): CodeAction[] { return []; }
