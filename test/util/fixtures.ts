// Paths to the fixtures every suite shares.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CORPUS = path.join(ROOT, 'test/fixtures/corpus');

/** Corpus file paths relative to the repository root, sorted. */
export function corpusFiles(): string[] {
  return fs.readdirSync(CORPUS).filter((f) => /\.(json|ya?ml)$/.test(f)).sort().map((f) => `test/fixtures/corpus/${f}`);
}

export function exampleFiles(): string[] {
  return fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => /\.asl\.(json|ya?ml)$/.test(f)).sort().map((f) => `examples/${f}`);
}

export function readFixture(rel: string): string {
  return fs.readFileSync(path.join(ROOT, rel), 'utf8');
}

export function formatOfPath(rel: string): 'json' | 'yaml' {
  return /\.ya?ml$/.test(rel) ? 'yaml' : 'json';
}
