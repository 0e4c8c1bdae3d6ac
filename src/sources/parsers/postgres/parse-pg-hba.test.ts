import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import type { ParseIO, SourceFile } from '../types.js';
import { pgHbaHandler } from './hba-handler.js';
import { tokenizeHbaLine } from './parse-pg-hba.js';
import type { PgHbaDocument } from './postgres-document.js';

function io(files: Record<string, string> = {}): ParseIO {
  return {
    readText: (p) => files[p],
    glob: (pattern) => {
      const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      return Object.keys(files).filter((f) => re.test(f));
    },
  };
}

function parse(text: string, files: Record<string, string> = {}, path = 'pg_hba.conf') {
  const file: SourceFile = { path, absPath: `/repo/${path}`, text, lines: new LineIndex(text) };
  const r = pgHbaHandler.parse(file, io(files));
  return { doc: r.documents[0] as PgHbaDocument, diagnostics: r.diagnostics };
}

describe('pg_hba tokenizer', () => {
  it('handles quotes, comma lists with blanks and comments', () => {
    const s = 'host "my db",other  all 10.0.0.0/8 md5 # note';
    const { tokens } = tokenizeHbaLine(s, 0, s.length);
    expect(tokens.map((t) => [t.value, t.quoted, t.comma])).toEqual([
      ['host', false, false],
      ['my db', true, true],
      ['other', false, false],
      ['all', false, false],
      ['10.0.0.0/8', false, false],
      ['md5', false, false],
    ]);
  });

  it('rejects an unterminated quote', () => {
    const s = 'host "db all all md5';
    expect(tokenizeHbaLine(s, 0, s.length).error?.message).toMatch(/unterminated/);
  });
});

describe('pg_hba.conf parser', () => {
  it('parses local, host with CIDR, host with a netmask, options and @file references', () => {
    const { doc, diagnostics } = parse(
      [
        '# TYPE  DATABASE  USER  ADDRESS  METHOD',
        'local   all       postgres        peer',
        'host    sameuser  @admins  192.168.1.0 255.255.255.0  scram-sha-256',
        'hostssl all,"all" +staff  ::/0  cert clientcert=verify-full map=certs',
        'HOST    all       all   .example.com  MD5',
        '',
      ].join('\r\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(doc.records.map((r) => [r.type, r.method, r.line])).toEqual([
      ['local', 'peer', 2],
      ['host', 'scram-sha-256', 3],
      ['hostssl', 'cert', 4],
      ['host', 'md5', 5],
    ]);
    const [local, masked, ssl, named] = doc.records;
    expect(local?.address).toBeUndefined();
    expect(masked?.address?.tokens[0]?.value).toBe('192.168.1.0');
    expect(masked?.mask?.tokens[0]?.value).toBe('255.255.255.0');
    expect(masked?.user.tokens[0]?.value).toBe('@admins');
    expect(ssl?.database.tokens.map((t) => [t.value, t.quoted])).toEqual([
      ['all', false],
      ['all', true],
    ]);
    expect(ssl?.options).toEqual([
      expect.objectContaining({ name: 'clientcert', value: 'verify-full' }),
      expect.objectContaining({ name: 'map', value: 'certs' }),
    ]);
    expect(named?.methodRange.start).toMatchObject({ line: 5, column: 39 });
    expect(named?.address?.tokens[0]?.value).toBe('.example.com');
  });

  it('joins backslash continuations', () => {
    const { doc } = parse('host all \\\n  all 10.0.0.0/8 \\\n  scram-sha-256\nlocal all all peer\n');
    expect(doc.records.map((r) => [r.type, r.line, r.method])).toEqual([
      ['host', 1, 'scram-sha-256'],
      ['local', 4, 'peer'],
    ]);
    expect(doc.records[0]?.methodRange.start.line).toBe(3);
  });

  it('reports malformed records and keeps the rest', () => {
    const { doc, diagnostics } = parse(
      'host all all\nhots all all 0.0.0.0/0 trust\nhost "db all 1.2.3.4/32 md5\nhost all all 10.0.0.1 md5\nlocal all all peer\n',
    );
    expect(diagnostics.map((d) => d.range?.start.line)).toEqual([1, 2, 3, 4]);
    expect(doc.records.map((r) => r.type)).toEqual(['local']);
  });

  it('survives binary junk and long lines', () => {
    const { doc, diagnostics } = parse(`\u0000\u0001\u0002\n${'host '.repeat(20_000)}\nlocal all all peer\n`);
    expect(doc.records).toHaveLength(1);
    expect(diagnostics).toHaveLength(2);
  });

  it('follows PostgreSQL 16 include directives and stops loops', () => {
    const { doc, diagnostics } = parse('include hba.d/admins.conf\ninclude_dir hba.d\nlocal all all peer\n', {
      '/repo/hba.d/admins.conf': 'host all admin 10.1.0.0/16 scram-sha-256\ninclude ../pg_hba.conf\n',
    });
    expect(doc.records.map((r) => [r.file, r.line])).toEqual([
      ['hba.d/admins.conf', 1],
      ['hba.d/admins.conf', 1],
      ['pg_hba.conf', 3],
    ]);
    expect(diagnostics.filter((d) => /loop/.test(d.message))).toHaveLength(2);
  });

  it('detects pg_hba.conf by name and by content', () => {
    expect(pgHbaHandler.byName?.('etc/postgresql/16/main/pg_hba.conf', 'pg_hba.conf')).toBe(true);
    expect(pgHbaHandler.byContent?.('# access\nhost all all 10.0.0.0/8 scram-sha-256\n', 'access.conf')).toBe(
      true,
    );
    expect(pgHbaHandler.byContent?.('listen_addresses = localhost\n', 'x.conf')).toBe(false);
  });
});
