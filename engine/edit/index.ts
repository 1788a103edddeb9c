// Text edits computed on the AST: minimal, keeping the user's formatting and comments.
export * from './primitives';
export { diffText, applyEdits } from '../text/diff';
