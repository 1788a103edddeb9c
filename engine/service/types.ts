// Plain-data results of the language features. Offsets and lengths are UTF-16 code units into the document text;
// the server is the only place that turns them into LSP positions.
import type { StateMachineModel } from '../model';
import type { DocumentFormat, ParsedDocument, Severity } from '../syntax';

/** A document as every feature sees it: parsed once, modelled once (the server caches it by uri + version). */
export interface AslDocument {
  readonly text: string;
  readonly format: DocumentFormat;
  readonly parsed: ParsedDocument;
  readonly model: StateMachineModel;
}

export interface TextRange { offset: number; length: number }

export interface TextEdit { offset: number; length: number; newText: string }

export interface RelatedInformation { offset: number; length: number; message: string }

export interface Diagnostic {
  offset: number;
  length: number;
  severity: Severity;
  /** Stable, documented code, e.g. `undefined-state`. */
  code: string;
  message: string;
  /** `unnecessary` greys out (unreachable states), `deprecated` strikes through (Iterator, Parameters on Map). */
  tags?: ('unnecessary' | 'deprecated')[];
  related?: RelatedInformation[];
  /** Whatever a quick fix needs to know (kept opaque to the server). */
  data?: unknown;
}

export type CompletionKind = 'property' | 'value' | 'state' | 'stateType' | 'snippet' | 'function' | 'variable' | 'constant' | 'keyword' | 'field' | 'enum' | 'reference';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** What to insert; the label when absent. */
  insertText?: string;
  /** `snippet` uses LSP snippet syntax ($1, ${1:name}, $0). */
  insertTextFormat?: 'plain' | 'snippet';
  /** The text the insertion replaces; the word at the cursor when absent. */
  range?: TextRange;
  sortText?: string;
  filterText?: string;
  /** Edits elsewhere in the document applied with the completion (e.g. a comma on the previous line). */
  additionalEdits?: TextEdit[];
  /** Ask the client to open completion again after inserting (e.g. after a property name, for its value). */
  retrigger?: boolean;
  deprecated?: boolean;
  preselect?: boolean;
}

export interface CompletionResult { items: CompletionItem[]; isIncomplete: boolean }

export interface HoverResult {
  /** Markdown. */
  contents: string;
  range: TextRange;
}

export interface Location { offset: number; length: number }

export interface HighlightRange extends TextRange { kind: 'read' | 'write' | 'text' }

export type SymbolKind = 'stateMachine' | 'state' | 'branch' | 'processor' | 'field';

export interface DocumentSymbol {
  name: string;
  /** The state type, e.g. `Task · Lambda Invoke`. */
  detail?: string;
  kind: SymbolKind;
  /** State type for states, to pick an icon. */
  stateType?: string;
  range: TextRange;
  selectionRange: TextRange;
  children: DocumentSymbol[];
}

export interface CodeAction {
  title: string;
  kind: 'quickfix' | 'refactor' | 'refactor.rewrite' | 'source';
  /** The diagnostics (by code and range) this action fixes. */
  diagnostics?: Diagnostic[];
  edits: TextEdit[];
  isPreferred?: boolean;
}

export interface RenameResult { edits: TextEdit[] }

export interface FoldingRange { startOffset: number; endOffset: number; kind?: 'comment' | 'region' }

export interface FormatOptions { tabSize: number; insertSpaces: boolean }

/** Settings the language features honour (client `stepwise.*` settings). */
export interface LanguageSettings {
  /** Accept `${Placeholder}` substitutions (SAM DefinitionSubstitutions, Terraform templatefile) where a value goes. */
  placeholders: boolean;
  /** Report nothing when false. */
  validate: boolean;
}

export const DEFAULT_SETTINGS: LanguageSettings = { placeholders: true, validate: true };

export type { DocumentFormat, Severity };
