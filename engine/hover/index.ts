// Hover. (Being written: this placeholder answers nothing so the server can be wired end to end.)
import type { AslDocument, HoverResult } from '../service/types';

export function doHover(_doc: AslDocument, _offset: number): HoverResult | undefined {
  return undefined;
}
