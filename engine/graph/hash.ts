// Structure signatures: what the layout depends on, and nothing else. Labels other than state names, sublabels,
// badges, diagnostics and text ranges are left out, so edits that change only those keep the layout (and skip it).
import type { GraphEdge, GraphModel, GraphNode } from './types';

/** 53-bit string hash (cyrb53), as 14 hex digits. Not cryptographic; collisions are astronomically unlikely here. */
export function hashString(s: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed, h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

export function nodeSignature(n: GraphNode): string {
  return `${n.id}\u0001${n.kind}\u0001${n.parent ?? ''}\u0001${n.width}x${n.height}\u0001${n.container ? 1 : 0}`;
}

export function edgeSignature(e: GraphEdge): string {
  return `${e.id}\u0001${e.kind}\u0001${e.source}\u0001${e.target}\u0001${e.parent ?? ''}\u0001${e.label !== undefined ? 1 : 0}`;
}

/** The graph's structure hash: every node and edge signature, in order. */
export function structureHashOf(graph: Pick<GraphModel, 'nodes' | 'edges'>): string {
  const parts: string[] = [];
  for (const n of graph.nodes) parts.push(nodeSignature(n));
  parts.push('');
  for (const e of graph.edges) parts.push(edgeSignature(e));
  return hashString(parts.join('\u0002'));
}
