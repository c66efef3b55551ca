// Discovery over hostile folders: symbolic-link loops end, dangling links are still listed (reading reports them),
// and a folder of 100,000 small files is walked lazily without recursion.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/ingest/discover.js';
import { readInput } from '../../src/ingest/read.js';

const root = mkdtempSync(join(tmpdir(), 'chitieu-discover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('discoverFiles', () => {
  it('follows links but walks each real folder once, so link loops end', () => {
    const dir = join(root, 'loops');
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    writeFileSync(join(dir, 'a/one.txt'), 'x');
    writeFileSync(join(dir, 'a/b/two.txt'), 'x');
    symlinkSync('..', join(dir, 'a/b/up')); // a/b/up -> a: a loop
    symlinkSync('.', join(dir, 'a/self')); // a/self -> a
    symlinkSync(join(dir, 'a'), join(dir, 'z-alias')); // the same folder reached twice from outside
    expect([...discoverFiles([dir])]).toEqual([join(dir, 'a/b/two.txt'), join(dir, 'a/one.txt')]);
  });

  it('lists a dangling link, which reads as UNREADABLE', () => {
    const dir = join(root, 'dangling');
    mkdirSync(dir);
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'gone.txt'));
    expect([...discoverFiles([dir])]).toEqual([join(dir, 'gone.txt')]);
    const [doc] = readInput(join(dir, 'gone.txt'));
    expect(doc.errors.map((e) => e.code)).toEqual(['UNREADABLE']);
  });

  it('walks 100,000 files lazily, in sorted order, through deep nesting', () => {
    const wide = join(root, 'wide');
    mkdirSync(wide);
    for (let i = 0; i < 100_000; i++) writeFileSync(join(wide, `f${String(i).padStart(6, '0')}.txt`), '');
    const walk = discoverFiles([wide]);
    // Lazy: the first file comes before the rest are examined.
    expect(walk.next().value).toBe(join(wide, 'f000000.txt'));
    let n = 1;
    let last = '';
    for (const file of walk) {
      expect(file > last).toBe(true);
      last = file;
      n++;
    }
    expect(n).toBe(100_000);

    let deep = join(root, 'deep');
    for (let i = 0; i < 200; i++) deep = join(deep, 'd');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'bottom.txt'), 'x');
    expect([...discoverFiles([join(root, 'deep')])]).toEqual([join(deep, 'bottom.txt')]);
  }, 120_000);
});
