import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../core/range.js';
import { cwdOf, IncludeResolver, includeCandidates, relativeTo, textLines } from './conf-include.js';
import type { ParseIO, SourceFile } from './types.js';

describe('includeCandidates', () => {
  it('resolves relative targets beside the including file', () => {
    expect(includeCandidates('conf.d/../tls.conf', '/repo/etc/pg/postgresql.conf', '/repo')).toEqual([
      '/repo/etc/pg/tls.conf',
    ]);
  });

  it('rebases absolute server paths onto the scanned tree, never the host', () => {
    expect(includeCandidates('/etc/mysql/conf.d/', '/repo/etc/mysql/my.cnf', '/repo')).toEqual([
      '/repo/etc/mysql/conf.d',
    ]);
    // a build context with conf.d/ next to my.cnf
    expect(includeCandidates('/etc/mysql/conf.d/', '/repo/db/my.cnf', '/repo')).toEqual([
      '/repo/etc/mysql/conf.d',
      '/repo/db/conf.d',
    ]);
    expect(includeCandidates('/etc/redis/common.conf', '/repo/deploy/redis.conf', '/repo')).toEqual([
      '/repo/etc/redis/common.conf',
      '/repo/deploy/common.conf',
    ]);
    // scanning the host itself: the path maps onto itself
    expect(includeCandidates('/etc/mysql/conf.d', '/etc/mysql/my.cnf', '/')[0]).toBe('/etc/mysql/conf.d');
  });
});

describe('paths', () => {
  it('derives the working directory and relative paths', () => {
    expect(cwdOf({ path: 'etc/my.cnf', absPath: '/repo/etc/my.cnf' })).toBe('/repo');
    expect(relativeTo('/repo', '/repo/etc/x.cnf')).toBe('etc/x.cnf');
    expect(relativeTo('/repo', '/other/x.cnf')).toBe('/other/x.cnf');
  });

  it('splits lines with their offsets, CRLF included', () => {
    expect([...textLines('a\r\nbc\n\nd')].map((l) => [l.line, l.start, l.end, l.next])).toEqual([
      [1, 0, 1, 3],
      [2, 3, 5, 6],
      [3, 6, 6, 7],
      [4, 7, 8, 8],
    ]);
  });
});

describe('IncludeResolver', () => {
  const files: Record<string, string> = { '/repo/a.conf': 'x', '/repo/d/1.conf': 'y', '/repo/d/2.txt': 'z' };
  const io: ParseIO = {
    readText: (p) => files[p],
    glob: (pattern) => {
      const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      return Object.keys(files).filter((f) => re.test(f));
    },
  };
  const root: SourceFile = {
    path: 'main.conf',
    absPath: '/repo/main.conf',
    text: '',
    lines: new LineIndex(''),
  };
  const at = root.lines.range(0, 0);

  it('stops at the depth and file limits', () => {
    const r = new IncludeResolver(root, io, () => false, { maxDepth: 1, maxFiles: 2 });
    const [a] = r.resolve(r.root, 'a.conf', at, { type: 'file' });
    expect(a?.path).toBe('a.conf');
    expect(r.resolve(a!, 'a.conf', at, { type: 'file' })).toEqual([]);
    expect(r.resolve(r.root, 'd', at, { type: 'dir', pattern: '*.conf' })).toEqual([]);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'includes nested deeper than 1',
      'more than 2 included files',
    ]);
  });

  it('treats a directory without matching files as found, a missing one as incomplete', () => {
    const r = new IncludeResolver(root, io, () => false);
    expect(r.resolve(r.root, 'd', at, { type: 'dir', pattern: '*.cnf' })).toEqual([]);
    expect(r.incomplete).toBe(false);
    r.resolve(r.root, 'nowhere', at, { type: 'dir', pattern: '*.cnf' });
    expect(r.incomplete).toBe(true);
  });
});
