// Hover on a property name: a field (its doc, its QueryLanguage, and a warning when it does not belong where it is),
// a Choice operator, a state name where the state is defined, or a variable name in Assign.
import { STATE_TYPE_SPECS, choiceOperator, findField, supports, type FieldContainer } from '../asl';
import { fieldDoc } from '../complete/keys';
import type { Place } from '../complete/place';
import { stateSummary } from '../complete/stateNames';
import { referencesTo } from '../model';
import type { AslDocument } from '../service/types';
import type { ObjectNode } from '../syntax';

export function hoverKey(doc: AslDocument, place: Place, key: string, _object: ObjectNode): string | undefined {
  switch (place.kind) {
    case 'root':
      return field('StateMachine', key, undefined, place.ql);
    case 'states': {
      const st = place.scope?.states.get(key);
      if (!st) return undefined;
      const refs = referencesTo(doc.model, st).length;
      const type = STATE_TYPE_SPECS.find((s) => s.name === st.type);
      return `**${key}** — ${stateSummary(st)}\n\n${type ? `${type.summary}\n\n` : ''}${refs === 1 ? '1 reference' : `${refs} references`}${st.terminal ? ' · ends its scope' : ''}`;
    }
    case 'object': {
      if (place.container === 'ChoiceRule' || place.container === 'NestedChoiceRule') {
        const op = choiceOperator(key);
        if (op) return `**${op.name}** — Choice comparison${op.valueType === 'path' ? ' (the value is a reference path)' : ` (${op.valueType})`}\n\n${op.doc}\n\n[AWS Step Functions guide](${op.url})`;
      }
      const type = place.container === 'State' ? place.st?.type : undefined;
      return field(place.container, key, type, place.ql);
    }
    case 'payload':
      if (place.field.name === 'Assign' && place.depth === 0) {
        const name = key.endsWith('.$') ? key.slice(0, -2) : key;
        return `**$${name}** — workflow variable\n\nSet when ${place.st ? `\`${place.st.name}\`` : 'this state'} completes; later states read it as \`$${name}\`.${key.endsWith('.$') ? ' The value is a path or an intrinsic function.' : ''}\n\n[AWS Step Functions guide](${place.field.url})`;
      }
      return undefined;
    default:
      return undefined;
  }
}

function field(container: FieldContainer, key: string, stateType: string | undefined, ql: 'JSONPath' | 'JSONata'): string | undefined {
  const spec = findField(container, key, stateType, ql);
  if (!spec) return undefined;
  let warning = '';
  if (!supports(spec, ql)) warning = `**Not valid here:** \`${key}\` is a ${spec.queryLanguage} field and this ${container === 'StateMachine' ? 'state machine' : 'state'} uses ${ql}.\n\n`;
  else if (spec.stateTypes && stateType && !(spec.stateTypes as readonly string[]).includes(stateType)) warning = `**Not valid here:** a ${stateType} state has no \`${key}\`.\n\n`;
  return `${warning}**${key}**${container === 'State' || container === 'StateMachine' ? '' : ` (${container})`}\n\n${fieldDoc(spec)}`;
}
