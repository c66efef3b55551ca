import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isoFromMeta } from '../../src/ingest/dateline.js';
import { ingestString } from './helpers.js';

const spec = JSON.parse(readFileSync(new URL('../specs/ingest-datelines.json', import.meta.url), 'utf8')) as {
  cases: { input: string; published: string | null }[];
};

describe('published date from datelines', () => {
  it.each(spec.cases)('$input → $published', ({ input, published }) => {
    expect(ingestString('bai-viet.txt', input).published).toBe(published);
  });

  it('reads machine dates from page metadata', () => {
    expect(isoFromMeta('2023-06-20T08:15:00+07:00')).toBe('2023-06-20');
    expect(isoFromMeta('20/06/2023 08:15')).toBe('2023-06-20');
    expect(isoFromMeta('không rõ')).toBeNull();
  });
});
