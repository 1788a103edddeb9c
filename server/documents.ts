// Parsed-and-modelled documents, cached by uri + version so that every request on one version parses once.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createDocument, type AslDocument } from '../engine/service';
import { formatOf } from '../engine/syntax';

export function formatOfDocument(doc: TextDocument): 'json' | 'yaml' {
  return doc.languageId === 'asl-yaml' || doc.languageId === 'yaml' ? 'yaml' : formatOf(doc.uri);
}

export class DocumentCache {
  private readonly entries = new Map<string, { version: number; doc: AslDocument }>();

  get(td: TextDocument): AslDocument {
    const hit = this.entries.get(td.uri);
    if (hit && hit.version === td.version) return hit.doc;
    const doc = createDocument(td.getText(), formatOfDocument(td));
    this.entries.set(td.uri, { version: td.version, doc });
    return doc;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
