// Scope names shared by the JSON grammar, the YAML grammar and the injection, so that a theme rule or a test written
// for one format holds for the other. Why each was chosen is in syntaxes/README.md.
import { ERROR_NAMES } from './vocabulary.mjs';

export const SCOPE = {
  // keys
  field: 'support.type.property-name.asl', // a field name the ASL specification defines (StartAt, Type, Next, …)
  dynamicKey: 'entity.name.tag.dynamic.asl', // a key ending in `.$`: its value is a path or an intrinsic, evaluated
  dynamicSuffix: 'punctuation.definition.dynamic.asl', // the `.$` itself
  stateName: 'entity.name.function.state.asl', // a key of a `States` object: the definition of a state
  userKey: 'entity.other.attribute-name.asl', // any other key (payload templates, unknown fields)
  variable: 'variable.other.assignment.asl', // a key of an `Assign` object: a workflow variable
  // values
  stateReference: 'entity.name.function.state.reference.asl', // the value of Next, StartAt, Default
  stateType: 'constant.language.state-type.asl', // "Task", "Choice", … as the value of Type
  errorName: 'support.type.exception.asl', // States.ALL, States.TaskFailed, … anywhere a string is exactly one
  substitution: 'variable.other.substitution.asl', // ${Placeholder} definition substitutions (SAM, CDK, Terraform)
  substitutionBegin: 'punctuation.definition.template-expression.begin.asl',
  substitutionEnd: 'punctuation.definition.template-expression.end.asl',
};

/** `States.ALL`, `States.TaskFailed`, … as a regular expression (no capture groups). */
export const ERROR_NAME_RE = `States\\.(?:${ERROR_NAMES.map(escapeRe).join('|')})`;

/** Escapes the characters that are special in an Oniguruma regular expression. */
export function escapeRe(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One alternation, without capture, of words taken literally. */
export function words(list) {
  return `(?:${list.map(escapeRe).join('|')})`;
}
