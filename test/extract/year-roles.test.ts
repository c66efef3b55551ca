// The words right before a year say what it is; they are read back from the year (a look-behind tried at its start),
// as a pattern ending at the year would find them: whole words only, any white space between their words.
import { describe, expect, it } from 'vitest';
import { findYearMentions } from '../../src/extract/years.js';
import { canonicalize } from '../../src/ingest/canonical.js';

const roles = (text: string) => findYearMentions(canonicalize(text)).map((m) => [m.role, m.start, m.end]);

describe('year roles from the words before the year', () => {
  it('reads deadlines, comparisons and visions, with any white space between the words', () => {
    expect(roles('đến năm 2025 đạt')).toEqual([['deadline', 0, 12]]);
    expect(roles('đến hết năm 2025')).toEqual([['deadline', 0, 16]]);
    expect(roles('tới hết  2025')).toEqual([['deadline', 0, 13]]);
    expect(roles('vào   2024')).toEqual([['deadline', 0, 10]]);
    expect(roles('so với năm 2020')).toEqual([['comparison', 0, 15]]);
    expect(roles('so  với\tnăm 2020')).toEqual([['comparison', 12, 16]]);
    expect(roles('kể từ\nnăm 2019')).toEqual([['comparison', 0, 14]]);
    expect(roles('cùng kỳ năm 2023')).toEqual([['comparison', 0, 16]]);
    expect(roles('tầm nhìn đến năm 2030')).toEqual([['vision', 0, 21]]);
    expect(roles('định hướng tới 2030')).toEqual([['vision', 0, 19]]);
  });

  it('takes no word that ends another word or is cut from the year', () => {
    expect(roles('xyzđến 2025')).toEqual([['bare', 7, 11]]);
    expect(roles('sautừ 2019')).toEqual([['bare', 6, 10]]);
    expect(roles('đến1 2024')).toEqual([['bare', 5, 9]]);
    expect(roles('hết2024')).toEqual([]);
  });

  it('reads a term of office up to a clause mark before the period', () => {
    expect(roles('nhiệm kỳ 2020 - 2025')).toEqual([['term', 9, 20]]);
    expect(roles('khóa XV, 2021 - 2026')).toEqual([['period', 9, 20]]);
  });
});
