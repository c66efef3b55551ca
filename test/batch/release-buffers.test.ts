import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { releaseDeadBuffers } from '../../src/batch/release-buffers.js';

const held = () => process.memoryUsage().arrayBuffers;

describe('releaseDeadBuffers', () => {
  it('frees buffers nothing refers to any more, and can run again', async () => {
    const before = held();
    let buffers: Uint8Array[] | undefined = Array.from({ length: 64 }, () => new Uint8Array(1 << 20).fill(1));
    expect(held() - before).toBeGreaterThan(32 << 20);
    buffers = undefined;
    releaseDeadBuffers();
    // V8 frees the memory of dead buffers on a background thread, just after the collection.
    for (let i = 0; i < 40 && held() - before >= 8 << 20; i++) await sleep(25);
    expect(buffers).toBeUndefined();
    expect(held() - before).toBeLessThan(8 << 20);
    releaseDeadBuffers();
  });
});
