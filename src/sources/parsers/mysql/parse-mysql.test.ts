import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import type { ParseIO, SourceFile } from '../types.js';
import { isMysqlPath, mysqlHandler } from './handler.js';
import type { MyCnfDocument } from './mysql-document.js';

function io(files: Record<string, string> = {}): ParseIO {
  return {
    readText: (p) => files[p],
    glob: (pattern) => {
      const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      return Object.keys(files).filter((f) => re.test(f));
    },
  };
}

function parse(text: string, files: Record<string, string> = {}, path = 'etc/mysql/my.cnf') {
  const file: SourceFile = { path, absPath: `/repo/${path}`, text, lines: new LineIndex(text) };
  const r = mysqlHandler.parse(file, io(files));
  return { doc: r.documents[0] as MyCnfDocument, diagnostics: r.diagnostics };
}

describe('my.cnf parser', () => {
  it('reads groups, bare options, values, prefixes, quotes and comments', () => {
    const { doc, diagnostics } = parse(
      [
        '# MySQL',
        '[mysqld]  ; server',
        'bind-address = 0.0.0.0   # all',
        'skip-name-resolve',
        'loose-local_infile=ON',
        "secure_file_priv = ''",
        'init_connect = "SET NAMES utf8mb4 # not a comment"',
        'datadir=',
        '',
        '[client]',
        'password = "p\\s#x"',
        '',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(doc.groups.map((g) => g.name)).toEqual(['mysqld', 'client']);
    expect(doc.options.map((o) => [o.group, o.name, o.value, o.loose])).toEqual([
      ['mysqld', 'bind_address', '0.0.0.0', false],
      ['mysqld', 'skip_name_resolve', null, false],
      ['mysqld', 'local_infile', 'ON', true],
      ['mysqld', 'secure_file_priv', '', false],
      ['mysqld', 'init_connect', 'SET NAMES utf8mb4 # not a comment', false],
      ['mysqld', 'datadir', '', false],
      ['client', 'password', 'p #x', false],
    ]);
    const bind = doc.options[0]!;
    expect(bind.rawName).toBe('bind-address');
    expect(bind.valueRange?.start).toMatchObject({ line: 3, column: 16 });
    expect(bind.range.end).toMatchObject({ line: 3, column: 23 });
    const datadir = doc.options[5]!;
    expect(datadir.valueRange?.start.offset).toBe(datadir.valueRange?.end.offset);
    expect(doc.complete).toBe(true);
    expect(doc.fragment).toBe(false);
  });

  it('reports orphan options, bad headers, unterminated quotes and junk, and keeps going', () => {
    const { doc, diagnostics } = parse(
      `user = mysql\n[mysqld\nport = 3306\n[mysqld]\npassword = "abc\n\u0000\u0001\n${'x'.repeat(70_000)}\nlocal-infile = 0\n!bogus x\n`,
    );
    expect(diagnostics.map((d) => d.range?.start.line)).toEqual([1, 2, 5, 6, 7, 9]);
    expect(doc.options.map((o) => o.name)).toEqual(['user', 'port', 'password', 'local_infile']);
  });

  it('follows !include and !includedir (only *.cnf, name order) and rebases absolute paths', () => {
    const { doc, diagnostics } = parse(
      '[mysqld]\nlocal_infile = 1\n!includedir /etc/mysql/conf.d/\n!include /etc/mysql/extra.cnf\n',
      {
        '/repo/etc/mysql/conf.d/b.cnf': '[mysqld]\nlocal_infile = 0\n',
        '/repo/etc/mysql/conf.d/a.cnf': '[mysqld]\nlog-raw\n',
        '/repo/etc/mysql/conf.d/notes.txt': '[mysqld]\nskip-grant-tables\n',
        '/repo/etc/mysql/extra.cnf': 'port = 1\n',
      },
    );
    expect(doc.options.map((o) => [o.file, o.name, o.group])).toEqual([
      ['etc/mysql/my.cnf', 'local_infile', 'mysqld'],
      ['etc/mysql/conf.d/a.cnf', 'log_raw', 'mysqld'],
      ['etc/mysql/conf.d/b.cnf', 'local_infile', 'mysqld'],
      ['etc/mysql/extra.cnf', 'port', ''],
    ]);
    // conf.d files are scanned on their own, so their findings are not the includer's.
    expect(doc.options[1]?.reportable).toBe(false);
    // an included file starts outside any group
    expect(diagnostics.map((d) => [d.target, d.message])).toEqual([
      ['etc/mysql/extra.cnf', expect.stringMatching(/before any \[group\]/)],
    ]);
  });

  it('does not read the scanning host for absolute includes outside the tree', () => {
    const { doc, diagnostics } = parse('[mysqld]\n!includedir /etc/mysql/mysql.conf.d/\n', {}, 'my.cnf');
    expect(doc.complete).toBe(false);
    expect(diagnostics[0]).toMatchObject({ code: 'unresolved', level: 'note' });
  });

  it('stops include loops', () => {
    const { doc, diagnostics } = parse('[mysqld]\n!include /repo/etc/mysql/my.cnf\nport = 3306\n');
    expect(diagnostics.some((d) => /loop/.test(d.message))).toBe(true);
    expect(doc.options).toHaveLength(1);
  });

  it('detects option files by name, path and content', () => {
    expect(isMysqlPath('my.cnf')).toBe(true);
    expect(isMysqlPath('home/app/.my.cnf')).toBe(true);
    expect(isMysqlPath('etc/mysql/mysql.conf.d/mysqld.cnf')).toBe(true);
    expect(isMysqlPath('etc/my.cnf.d/server.cnf')).toBe(true);
    expect(isMysqlPath('docker/mariadb/conf.d/tuning.cnf')).toBe(true);
    expect(isMysqlPath('etc/mysql/openssl.cnf')).toBe(false);
    expect(isMysqlPath('pki/openssl.cnf')).toBe(false);
    expect(mysqlHandler.byContent?.('[mysqld]\nport=3306\n', 'db.cnf')).toBe(true);
    expect(mysqlHandler.byContent?.('[server]\nport=80\n', 'app.ini')).toBe(false);
    const frag = parse('[mysqld]\nport=1\n', {}, 'etc/mysql/conf.d/x.cnf').doc;
    expect([frag.fragment, frag.complete]).toEqual([true, false]);
  });
});
