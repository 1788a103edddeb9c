// Hover: what the word under the cursor is in ASL — a field, a state type, a Resource ARN, an error name, a state
// named by a reference, or a token inside a string (intrinsic, JSONata function, Context field, variable) — and its
// doc with a link to the guide. Uses the same place analysis as completion (engine/complete/place.ts).
import { placeOf } from '../complete/place';
import type { AslDocument, HoverResult } from '../service/types';
import { findNodeAt, pathOf, type StringNode } from '../syntax';
import { hoverExpression } from './expressions';
import { hoverKey } from './keys';
import { hoverValue } from './values';

export function doHover(doc: AslDocument, offset: number): HoverResult | undefined {
  try {
    const n = findNodeAt(doc.parsed.root, offset, false);
    if (!n || n.kind === 'object' || n.kind === 'array' || n.kind === 'property') return undefined;
    const parent = n.parent;
    if (n.kind === 'string' && parent?.kind === 'property' && parent.key === n) {
      const contents = hoverKey(doc, placeOf(doc.model, pathOf(parent.parent)), n.value, parent.parent);
      return contents ? { contents, range: { offset: n.offset, length: n.length } } : undefined;
    }
    const place = placeOf(doc.model, pathOf(n));
    if (n.kind === 'string') {
      const inner = hoverExpression(doc, place, n as StringNode, offset, pathOf(n));
      if (inner) return inner;
    }
    const contents = hoverValue(doc, place, n);
    return contents ? { contents, range: { offset: n.offset, length: n.length } } : undefined;
  } catch {
    // Hover never fails a request.
    return undefined;
  }
}
