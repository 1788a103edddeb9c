// Interprets a parsed filter expression against one item. Follows Jayway JsonPath's comparison rules, which
// Step Functions uses: == and != compare JSON values (a number never equals a string), <, <=, >, >= compare two
// numbers or two strings and are false otherwise, and a comparison with a missing field is false except for !=.

import { jsonEqual } from './json';
import { selectAll, walkDefinite } from './select';
import type { FilterExpression, FilterOperand } from './types';

interface Operand {
  present: boolean;
  value?: unknown;
}

export function testFilter(expr: FilterExpression, item: unknown, root: unknown): boolean {
  switch (expr.kind) {
    case 'or':
      return testFilter(expr.left, item, root) || testFilter(expr.right, item, root);
    case 'and':
      return testFilter(expr.left, item, root) && testFilter(expr.right, item, root);
    case 'not':
      return !testFilter(expr.operand, item, root);
    case 'exists': {
      const op = operand(expr.operand, item, root);
      if (expr.operand.kind === 'literal') return op.value !== null && op.value !== false;
      return op.present;
    }
    case 'compare': {
      const left = operand(expr.left, item, root);
      const right = operand(expr.right, item, root);
      if (!left.present || !right.present) return expr.operator === '!=';
      return compare(expr.operator, left.value, right.value);
    }
  }
}

function operand(op: FilterOperand, item: unknown, root: unknown): Operand {
  if (op.kind === 'literal') return { present: true, value: op.value };
  const start = op.relative ? item : root;
  if (op.definite) {
    const found = walkDefinite(op.segments, start);
    return found.ok ? { present: true, value: found.value } : { present: false };
  }
  const values = selectAll(op.segments, [start], root);
  return values.length > 0 ? { present: true, value: values } : { present: false };
}

function compare(operator: string, a: unknown, b: unknown): boolean {
  switch (operator) {
    case '==':
      return jsonEqual(a, b);
    case '!=':
      return !jsonEqual(a, b);
  }
  if (!((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string'))) {
    return false;
  }
  switch (operator) {
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
  }
  return false;
}
