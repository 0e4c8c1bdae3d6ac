import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/sources/files/read.js';
import { tempTree } from '../support/tmp.js';

describe('readTextFile', () => {
  const root = tempTree({
    'ok.txt': '\ufeffhello\n',
    'bin.dat': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]),
    'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    'big.txt': 'x'.repeat(2048),
  });

  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(readTextFile(join(root, 'ok.txt'), 'ok.txt')).toEqual({ ok: true, text: 'hello\n' });
  });

  it('refuses binary, invalid UTF-8 and oversized files with a diagnostic naming the file', () => {
    const bin = readTextFile(join(root, 'bin.dat'), 'bin.dat');
    expect(bin).toMatchObject({ ok: false, diagnostic: { code: 'binary', target: 'bin.dat' } });
    const latin = readTextFile(join(root, 'latin1.txt'), 'latin1.txt');
    expect(latin).toMatchObject({
      ok: false,
      diagnostic: { code: 'invalid-encoding', target: 'latin1.txt' },
    });
    const big = readTextFile(join(root, 'big.txt'), 'big.txt', 1024);
    expect(big).toMatchObject({ ok: false, diagnostic: { code: 'too-large', target: 'big.txt' } });
  });

  it('reports unreadable and missing files', () => {
    expect(readTextFile(join(root, 'missing.txt'), 'missing.txt')).toMatchObject({
      ok: false,
      diagnostic: { code: 'unreadable' },
    });
    if (process.getuid?.() !== 0) {
      writeFileSync(join(root, 'secret.txt'), 'x');
      chmodSync(join(root, 'secret.txt'), 0);
      expect(readTextFile(join(root, 'secret.txt'), 'secret.txt')).toMatchObject({
        ok: false,
        diagnostic: { code: 'unreadable' },
      });
    }
  });
});
