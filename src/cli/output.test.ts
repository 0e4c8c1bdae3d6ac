import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emit } from './output.js';

describe('emit', () => {
  it('writes a report file atomically, from one string or from pieces', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumb-emit-'));
    emit('whole\n', 'a/report.txt', dir);
    expect(readFileSync(join(dir, 'a/report.txt'), 'utf8')).toBe('whole\n');
    emit(['one ', 'two\n'], 'a/report.txt', dir);
    expect(readFileSync(join(dir, 'a/report.txt'), 'utf8')).toBe('one two\n');
  });

  it('writes into a device or pipe instead of renaming a file over it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plumb-emit-'));
    const fifo = join(dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo: nothing to test here
    const reader = spawn('cat', [fifo]);
    let out = '';
    reader.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const closed = new Promise((resolve) => reader.on('close', resolve));
    emit(['streamed ', 'report\n'], fifo, dir);
    await closed;
    expect(out).toBe('streamed report\n');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});
