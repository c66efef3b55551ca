import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../src/batch/shard.js';

describe('--shard K/N', () => {
  it.each([
    ['1/4', { index: 1, count: 4 }],
    ['4/4', { index: 4, count: 4 }],
    [' 2/3 ', { index: 2, count: 3 }],
  ])('reads %j', (text, shard) => expect(parseShard(text)).toEqual(shard));

  it.each(['0/4', '5/4', '1/0', '1-4', '1/', 'a/b', '1/4/2', ''])('rejects %j', (text) => {
    expect(parseShard(text)).toBeUndefined();
  });

  it('puts every path in exactly one shard, spread over all of them', () => {
    const paths = Array.from({ length: 300 }, (_, i) => `corpus/tinh-${i}/bai-${i * 7}.html`);
    const sizes = [1, 2, 3].map((index) => paths.filter((p) => inShard(p, { index, count: 3 })).length);
    expect(sizes.reduce((a, b) => a + b)).toBe(300);
    for (const size of sizes) expect(size).toBeGreaterThan(60);
    for (const p of paths) expect([1, 2, 3].filter((index) => inShard(p, { index, count: 3 }))).toHaveLength(1);
  });
});
