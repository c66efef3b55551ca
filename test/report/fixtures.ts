// Loads the hand-made extraction outputs under fixtures/report.
import { fileURLToPath } from 'node:url';
import { readExtractOutputs } from '../../src/output/report/input.js';
import type { ChitieuDocument } from '../../src/output/schema.js';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/report/${name}`, import.meta.url));
}

export function fixtureDocuments(...names: string[]): ChitieuDocument[] {
  const { documents, problems } = readExtractOutputs(names.map(fixturePath));
  if (problems.length) throw new Error(problems.join('\n'));
  return documents;
}
