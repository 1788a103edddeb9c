// Formatting and folding.
export { formatDocument } from './format';
export { foldingRanges } from './folding';
