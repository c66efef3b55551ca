// National words inside a false friend make no clause the nation's. Friends are looked for only in the stretch
// between clause marks around the national word: a friend reaching past a mark is no friend.
import { describe, expect, it } from 'vitest';
import { OwnerReader } from '../../src/extract/owner.js';

/** How the owner of the figure `figure` (its first occurrence) in the one-item text `canon` is read. */
function ownerHow(canon: string, figure: string): string {
  const at = canon.indexOf(figure);
  return new OwnerReader(canon, []).ownerOf(at, at + figure.length, 0, canon.length, 0).how;
}

describe('OwnerReader false friends', () => {
  it('reads a qualifier as national unless a false friend holds it', () => {
    expect(ownerHow('tỷ lệ trung bình của tỉnh là 50%', '50%')).toBe('owner:national-clause');
    expect(ownerHow('tỷ lệ trung bình của cả nước là 50%', '50%')).not.toBe('owner:national-clause');
  });

  it('reads a clause-start subject as national unless a false friend holds it', () => {
    expect(ownerHow('năm nay, trên cả nước là 50%', '50%')).toBe('owner:national-clause');
    expect(ownerHow('năm nay, của cả nước là 50%', '50%')).not.toBe('owner:national-clause');
  });

  it('finds no friend across a clause mark, nor one cut by the clause', () => {
    expect(ownerHow('tỷ lệ trung bình của: cả nước là 50%', '50%')).toBe('owner:national-clause');
    expect(ownerHow('tỷ lệ trung bình của (cả nước) là 50%', '50%')).toBe('owner:national-clause');
  });
});
