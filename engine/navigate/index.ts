// Navigation over state names: definition, references, highlights, rename, and the symbol tree.
export { findDefinition, findReferences, documentHighlights } from './definition';
export { prepareRename, doRename, MAX_STATE_NAME } from './rename';
export { documentSymbols } from './symbols';
