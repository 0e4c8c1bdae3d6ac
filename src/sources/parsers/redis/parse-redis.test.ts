import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import type { ParseIO, SourceFile } from '../types.js';
import { redisHandler } from './handler.js';
import { tokenizeRedisLine } from './parse-redis.js';
import type { RedisDocument } from './redis-document.js';

function file(text: string, path = 'redis.conf'): SourceFile {
  return { path, absPath: `/repo/${path}`, text, lines: new LineIndex(text) };
}

function io(files: Record<string, string> = {}): ParseIO {
  return {
    readText: (p) => files[p],
    glob: (pattern) => {
      const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      return Object.keys(files).filter((f) => re.test(f));
    },
  };
}

function parse(text: string, files: Record<string, string> = {}, path = 'redis.conf') {
  const r = redisHandler.parse(file(text, path), io(files));
  return { doc: r.documents[0] as RedisDocument, diagnostics: r.diagnostics };
}

const tok = (s: string) => tokenizeRedisLine(s, 0, s.length);

describe('tokenizeRedisLine', () => {
  it('splits on blanks and keeps offsets', () => {
    const r = tok('bind  127.0.0.1 -::1');
    expect(r.args.map((a) => [a.value, a.start, a.end])).toEqual([
      ['bind', 0, 4],
      ['127.0.0.1', 6, 15],
      ['-::1', 16, 20],
    ]);
  });

  it('decodes double-quoted escapes and single quotes', () => {
    expect(tok('requirepass "a b\\x41\\n\\"q"').args[1]?.value).toBe('a bA\n"q');
    expect(tok("requirepass 'it\\'s'").args[1]?.value).toBe("it's");
    expect(tok('rename-command CONFIG ""').args[2]).toMatchObject({ value: '', raw: '""', quoted: true });
  });

  it('keeps # inside arguments (Redis has no trailing comments)', () => {
    expect(tok('requirepass abc#def').args[1]?.value).toBe('abc#def');
  });

  it('rejects unterminated quotes and quotes glued to text', () => {
    expect(tok('requirepass "abc').error?.message).toMatch(/unbalanced/);
    expect(tok("requirepass 'abc").error?.message).toMatch(/unbalanced/);
    expect(tok('requirepass "abc"def').error?.message).toMatch(/followed by a space/);
  });
});

describe('redis.conf parser', () => {
  it('produces directives with ranges and lower-case names', () => {
    const { doc, diagnostics } = parse(
      '# comment\n  Port 6379\r\nbind 0.0.0.0\n\nrequirepass "s3cret value"\n',
    );
    expect(diagnostics).toEqual([]);
    expect(doc.directives.map((d) => d.name)).toEqual(['port', 'bind', 'requirepass']);
    const port = doc.directives[0]!;
    expect(port.nameRange.start).toMatchObject({ line: 2, column: 3 });
    expect(port.args[0]?.range.start).toMatchObject({ line: 2, column: 8 });
    expect(port.range.end).toMatchObject({ line: 2, column: 12 });
    expect(doc.directives[2]?.args[0]?.value).toBe('s3cret value');
    expect(doc.complete).toBe(true);
  });

  it('reports an unterminated quote and keeps the other lines', () => {
    const { doc, diagnostics } = parse('requirepass "oops\nport 6380\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'parse-error', level: 'error', target: 'redis.conf' });
    expect(diagnostics[0]?.range?.start.line).toBe(1);
    expect(doc.directives.map((d) => d.name)).toEqual(['port']);
  });

  it('survives binary junk and very long lines', () => {
    const junk = `port 6379\n\u0000\u0001\u0002garbage\u0000\n${'x'.repeat(200_000)}\nbind 127.0.0.1\n`;
    const { doc, diagnostics } = parse(junk);
    expect(doc.directives.map((d) => d.name)).toEqual(['port', 'bind']);
    expect(diagnostics.map((d) => d.message).join('\n')).toMatch(/binary[\s\S]*too long/);
  });

  it('expands includes in place, with their own file and ranges', () => {
    const { doc, diagnostics } = parse('include /etc/redis/common.conf\nport 6379\n', {
      '/repo/etc/redis/common.conf': 'requirepass from-include\n',
    });
    expect(diagnostics).toEqual([]);
    expect(doc.directives.map((d) => [d.name, d.file, d.own])).toEqual([
      ['include', 'redis.conf', true],
      ['requirepass', 'etc/redis/common.conf', false],
      ['port', 'redis.conf', true],
    ]);
    expect(doc.directives[1]?.reportable).toBe(true);
  });

  it('expands glob includes in name order', () => {
    const { doc } = parse('include conf.d/*.conf\n', {
      '/repo/conf.d/b.conf': 'port 2\n',
      '/repo/conf.d/a.conf': 'port 1\n',
    });
    expect(doc.directives.filter((d) => d.name === 'port').map((d) => d.args[0]?.value)).toEqual(['1', '2']);
  });

  it('stops include loops', () => {
    const { doc, diagnostics } = parse('include /repo/other.conf\nport 1\n', {
      '/repo/other.conf': 'include redis.conf\nbind 127.0.0.1\n',
      '/repo/redis.conf': 'include /repo/other.conf\nport 1\n',
    });
    expect(diagnostics.some((d) => /loop/.test(d.message))).toBe(true);
    expect(doc.directives.map((d) => d.name)).toEqual(['include', 'include', 'bind', 'port']);
  });

  it('marks a document with a missing include as incomplete', () => {
    const { doc, diagnostics } = parse('include /etc/redis/secret.conf\n');
    expect(doc.complete).toBe(false);
    expect(diagnostics[0]).toMatchObject({ code: 'unresolved', level: 'note' });
  });

  it('does not attribute findings in separately scanned includes', () => {
    const { doc } = parse('include redis-common.conf\n', {
      '/repo/redis-common.conf': 'protected-mode no\n',
    });
    expect(doc.directives[1]).toMatchObject({ name: 'protected-mode', reportable: false });
  });

  it('recognises Sentinel files', () => {
    expect(parse('sentinel monitor mymaster 127.0.0.1 6379 2\n').doc.sentinel).toBe(true);
  });
});

describe('redis detection', () => {
  it('matches conventional names and skips sentinel', () => {
    const byName = (p: string) => redisHandler.byName?.(p, p.slice(p.lastIndexOf('/') + 1));
    expect(byName('redis.conf')).toBe(true);
    expect(byName('deploy/redis-6379.conf')).toBe(true);
    expect(byName('cache.redis.conf')).toBe(true);
    expect(byName('sentinel.conf')).toBe(false);
    expect(byName('redis-sentinel.conf')).toBe(false);
    expect(byName('nginx.conf')).toBe(false);
  });

  it('sniffs content by Redis-only directives', () => {
    expect(redisHandler.byContent?.('port 6379\nprotected-mode yes\nappendonly yes\n', '6379.conf')).toBe(
      true,
    );
    expect(redisHandler.byContent?.('listen_addresses = *\nport = 5432\n', 'x.conf')).toBe(false);
    expect(
      redisHandler.byContent?.(
        'sentinel monitor m 1.2.3.4 6379 2\nprotected-mode no\nrequirepass x\n',
        'x.conf',
      ),
    ).toBe(false);
  });
});
