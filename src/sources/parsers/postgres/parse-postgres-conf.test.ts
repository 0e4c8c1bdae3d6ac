import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import type { ParseIO, SourceFile } from '../types.js';
import { postgresConfHandler } from './conf-handler.js';
import type { PostgresConfDocument } from './postgres-document.js';

function io(files: Record<string, string> = {}): ParseIO {
  return {
    readText: (p) => files[p],
    glob: (pattern) => {
      const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      return Object.keys(files).filter((f) => re.test(f));
    },
  };
}

function parse(text: string, files: Record<string, string> = {}, path = 'postgresql.conf') {
  const file: SourceFile = { path, absPath: `/repo/${path}`, text, lines: new LineIndex(text) };
  const r = postgresConfHandler.parse(file, io(files));
  return { doc: r.documents[0] as PostgresConfDocument, diagnostics: r.diagnostics };
}

describe('postgresql.conf parser', () => {
  it('reads both `name = value` and `name value`, quotes, units and comments', () => {
    const { doc, diagnostics } = parse(
      [
        '# comment',
        "listen_addresses = '*'\t\t# what IP address(es) to listen on",
        'Shared_Buffers 128MB',
        'ssl=on',
        "log_line_prefix = '%m [%p] it''s \\'quoted\\' '",
        'auto_explain.log_min_duration = 250ms',
        '',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(doc.settings.map((s) => [s.name, s.value, s.quoted])).toEqual([
      ['listen_addresses', '*', true],
      ['shared_buffers', '128MB', false],
      ['ssl', 'on', false],
      ['log_line_prefix', "%m [%p] it's 'quoted' ", true],
      ['auto_explain.log_min_duration', '250ms', false],
    ]);
    const listen = doc.settings[0]!;
    expect(listen.nameRange.start).toMatchObject({ line: 2, column: 1 });
    expect(listen.valueRange.start).toMatchObject({ line: 2, column: 20 });
    expect(listen.valueRange.end).toMatchObject({ line: 2, column: 23 });
    expect(listen.raw).toBe("'*'");
    expect(doc.complete).toBe(true);
    expect(doc.fragment).toBe(false);
  });

  it('reports an unterminated string and garbage, and keeps going', () => {
    const { doc, diagnostics } = parse("ssl = 'on\nport = 5432 junk\n= 3\nmax_connections = 100\n");
    expect(diagnostics.map((d) => [d.range?.start.line, d.level])).toEqual([
      [1, 'error'],
      [2, 'error'],
      [3, 'error'],
    ]);
    expect(diagnostics[0]?.message).toMatch(/unterminated/);
    expect(doc.settings.map((s) => s.name)).toEqual(['max_connections']);
  });

  it('survives binary junk and very long lines', () => {
    const { doc, diagnostics } = parse(`port = 5432\n\u0000\u0007\u0000\n${'a'.repeat(100_000)}\nssl = on\n`);
    expect(doc.settings.map((s) => s.name)).toEqual(['port', 'ssl']);
    expect(diagnostics).toHaveLength(2);
  });

  it('follows include, include_if_exists and include_dir in order', () => {
    const { doc, diagnostics } = parse(
      "ssl = off\ninclude 'tls.conf'\ninclude_if_exists = 'missing.conf'\ninclude_dir 'conf.d'\n",
      {
        '/repo/tls.conf': 'ssl = on\n',
        '/repo/conf.d/10-net.conf': "listen_addresses = '*'\n",
        '/repo/conf.d/.hidden.conf': 'port = 1\n',
        '/repo/conf.d/README': 'port = 2\n',
      },
    );
    expect(diagnostics).toEqual([]);
    expect(doc.settings.map((s) => [s.name, s.value, s.file])).toEqual([
      ['ssl', 'off', 'postgresql.conf'],
      ['ssl', 'on', 'tls.conf'],
      ['listen_addresses', '*', 'conf.d/10-net.conf'],
    ]);
    expect(doc.complete).toBe(true);
  });

  it('reads postgresql.auto.conf beside the main file last', () => {
    const { doc } = parse("password_encryption = 'md5'\n", {
      '/repo/postgresql.auto.conf': "password_encryption = 'scram-sha-256'\n",
    });
    expect(doc.settings.map((s) => [s.value, s.reportable])).toEqual([
      ['md5', true],
      ['scram-sha-256', false],
    ]);
    expect(doc.includes).toEqual([]);
  });

  it('stops include loops and marks missing includes', () => {
    const { doc, diagnostics } = parse("include 'a.conf'\ninclude 'nope.conf'\n", {
      '/repo/a.conf': "include 'postgresql.conf'\nport = 5433\n",
    });
    expect(diagnostics.map((d) => d.code)).toEqual(['parse-error', 'unresolved']);
    expect(diagnostics[0]?.message).toMatch(/loop/);
    expect(doc.settings.map((s) => s.name)).toEqual(['port']);
    expect(doc.complete).toBe(false);
  });

  it('treats postgresql.auto.conf and conf.d files as fragments', () => {
    expect(parse('ssl = on\n', {}, 'postgresql.auto.conf').doc.fragment).toBe(true);
    expect(parse('ssl = on\n', {}, 'etc/postgresql/16/main/conf.d/tls.conf').doc.complete).toBe(false);
  });

  it('detects by name and by content', () => {
    const byName = (p: string) => postgresConfHandler.byName?.(p, p.slice(p.lastIndexOf('/') + 1));
    expect(byName('etc/postgresql/16/main/postgresql.conf')).toBe(true);
    expect(byName('data/postgresql.auto.conf')).toBe(true);
    expect(byName('etc/postgresql/16/main/conf.d/20-tls.conf')).toBe(true);
    expect(byName('etc/nginx/conf.d/site.conf')).toBe(false);
    expect(
      postgresConfHandler.byContent?.("#listen_addresses = 'localhost'\nmax_connections = 100\n", 'pg.conf'),
    ).toBe(true);
    expect(postgresConfHandler.byContent?.('port 6379\nbind 127.0.0.1\n', 'x.conf')).toBe(false);
  });
});
