import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import type { ParseIO, SourceFile } from '../types.js';
import { nginxHandler } from './handler.js';
import type { NginxDirective } from './nginx-document.js';
import { parseNginx } from './parse-nginx.js';
import { tokenizeNginx } from './tokenize-nginx.js';

function io(files: Record<string, string> = {}): ParseIO {
  return {
    readText: (p) => files[p],
    glob: (pattern) => {
      const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      return Object.keys(files).filter((f) => re.test(f));
    },
  };
}

function source(path: string, text: string): SourceFile {
  return { path, absPath: `/repo/${path}`, text, lines: new LineIndex(text) };
}

function parse(text: string, files: Record<string, string> = {}, path = 'nginx/nginx.conf') {
  return parseNginx(source(path, text), io(files));
}

const names = (ds: readonly NginxDirective[]): string[] => ds.map((d) => d.name);

describe('tokenizeNginx', () => {
  it('splits words, punctuation, quotes, escapes and comments', () => {
    const { tokens, problems } = tokenizeNginx(
      'add_header X-A "a \\"b\\" c" always; # trailing\nreturn 200 \'it\\\'s\';\n',
    );
    expect(problems).toEqual([]);
    expect(tokens.map((t) => t.value)).toEqual([
      'add_header',
      'X-A',
      'a "b" c',
      'always',
      ';',
      'return',
      '200',
      "it's",
      ';',
    ]);
  });

  it('keeps $-variable braces inside a word and # inside a word', () => {
    const { tokens } = tokenizeNginx(`set $a $${'{'}host}x#y; location / {}`);
    expect(tokens.map((t) => t.value)).toEqual([
      'set',
      '$a',
      '$' + '{host}x#y',
      ';',
      'location',
      '/',
      '{',
      '}',
    ]);
  });

  it('skips the Lua code of *_by_lua_block', () => {
    const { tokens, problems } = tokenizeNginx(
      'content_by_lua_block { local t = {a = "}"} -- }\n ngx.say(t.a) }\nlisten 80;',
    );
    expect(problems).toEqual([]);
    expect(tokens.map((t) => t.value)).toEqual(['content_by_lua_block', '{', '}', 'listen', '80', ';']);
  });
});

describe('parseNginx', () => {
  it('builds a tree with ranges and multi-line directives', () => {
    const text =
      'user nginx;\nhttp {\n  server {\n    listen 443\n      ssl;\n    location / { root /srv; }\n  }\n}\n';
    const { document, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(document.isMain).toBe(true);
    expect(names(document.directives)).toEqual(['user', 'http']);
    const server = document.directives[1]?.children?.[0];
    expect(server?.name).toBe('server');
    expect(server?.range.start.line).toBe(3);
    expect(server?.range.end.line).toBe(7);
    const listen = server?.children?.[0];
    expect(listen?.args.map((a) => a.value)).toEqual(['443', 'ssl']);
    expect(listen?.args[1]?.range.start.line).toBe(5);
    expect(listen?.range.end.line).toBe(5);
    expect(server?.children?.[1]?.children?.[0]?.args[0]?.value).toBe('/srv');
    expect(document.directives[0]?.file).toBe('nginx/nginx.conf');
  });

  it('reports an unterminated block and keeps what was parsed', () => {
    const { document, diagnostics } = parse('http {\n  server {\n    listen 80;\n');
    expect(diagnostics.map((d) => d.message)).toEqual([
      'unexpected end of file: block "server" is not closed',
      'unexpected end of file: block "http" is not closed',
    ]);
    expect(diagnostics[0]?.range?.start.line).toBe(2);
    const server = document.directives[0]?.children?.[0];
    expect(server?.close).toBeNull();
    expect(server?.children?.[0]?.name).toBe('listen');
  });

  it('reports an unterminated quote, a missing semicolon and a stray brace', () => {
    expect(parse('return 200 "oops;\n').diagnostics[0]?.message).toMatch(/unterminated double-quoted/);
    const missing = parse('server { listen 80 }\n');
    expect(missing.diagnostics.map((d) => d.message)).toEqual(['missing ";" before "}"']);
    expect(missing.document.directives[0]?.children?.[0]?.args[0]?.value).toBe('80');
    expect(parse('}\nuser x;').diagnostics.map((d) => d.message)).toEqual(['unexpected "}"']);
    expect(parse('user x').diagnostics[0]?.message).toMatch(/unexpected end of file/);
  });

  it('survives hostile input', () => {
    const deep = `${'a {'.repeat(5000)}${'}'.repeat(5000)}`;
    const r = parse(deep);
    expect(r.diagnostics.some((d) => /nested deeper/.test(d.message))).toBe(true);
    const junk = parse('\u0000\u0001\uffff{{;;}}}"\'\\'.repeat(200));
    expect(junk.diagnostics.length).toBeGreaterThan(0);
    const long = parse(`server_name ${'a'.repeat(1_000_000)};`);
    expect(long.document.directives[0]?.args[0]?.value.length).toBe(1_000_000);
  });

  it('expands includes relative to the main file, with globs in sorted order', () => {
    const { document, diagnostics } = parse('http {\n  include conf.d/*.conf;\n  include mime.types;\n}\n', {
      '/repo/nginx/conf.d/b.conf': 'server { listen 81; }\n',
      '/repo/nginx/conf.d/a.conf': '# a\nserver { listen 80; }\n',
      '/repo/nginx/mime.types': 'types { text/html html; }\n',
    });
    expect(diagnostics).toEqual([]);
    const http = document.directives[0];
    expect(names(http?.children ?? [])).toEqual(['server', 'server', 'types']);
    const first = http?.children?.[0];
    expect(first?.file).toBe('nginx/conf.d/a.conf');
    expect(first?.range.start.line).toBe(2);
    expect(first?.includedBy?.name).toBe('include');
    expect(document.sources.map((s) => s.path)).toEqual([
      'nginx/nginx.conf',
      'nginx/conf.d/a.conf',
      'nginx/conf.d/b.conf',
      'nginx/mime.types',
    ]);
  });

  it('maps absolute includes under the conf prefix onto the scanned tree', () => {
    const { document } = parse('http { include /etc/nginx/sites-enabled/*; }', {
      '/repo/nginx/sites-enabled/default': 'server { listen 80; }',
    });
    expect(document.directives[0]?.children?.[0]?.file).toBe('nginx/sites-enabled/default');
  });

  it('warns about a missing include and continues', () => {
    const { document, diagnostics } = parse('include missing.conf;\nuser nobody;\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ level: 'warning', code: 'unresolved' });
    expect(names(document.directives)).toEqual(['user']);
  });

  it('does not follow includes outside the tree or with variables', () => {
    const { diagnostics } = parse('include /usr/lib/x.conf;\ninclude $dir/x.conf;\n');
    expect(diagnostics.map((d) => d.level)).toEqual(['note', 'note']);
  });

  it('stops include loops and self-includes', () => {
    const { document, diagnostics } = parse('include a.conf;\n', {
      '/repo/nginx/a.conf': 'include b.conf;\nuser a;\n',
      '/repo/nginx/b.conf': 'include a.conf;\ninclude b.conf;\nuser b;\n',
    });
    expect(diagnostics.filter((d) => /include loop/.test(d.message))).toHaveLength(2);
    expect(names(document.directives)).toEqual(['user', 'user']);
  });

  it('guards against include fan-out', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 15; i++)
      files[`/repo/nginx/f${i}.conf`] = `include f${i + 1}.conf; include f${i + 1}.conf;`;
    files['/repo/nginx/f15.conf'] = 'user x;';
    const { diagnostics } = parse('include f0.conf;', files);
    expect(diagnostics.some((d) => /inclusions/.test(d.message))).toBe(true);
  });
});

describe('nginxHandler detection', () => {
  it('recognises conventional names', () => {
    const by = (p: string) => nginxHandler.byName?.(p, p.slice(p.lastIndexOf('/') + 1));
    expect(by('nginx.conf')).toBe(true);
    expect(by('deploy/nginx/conf.d/app.conf')).toBe(true);
    expect(by('etc/nginx/sites-enabled/default')).toBe(true);
    expect(by('site.nginx')).toBe(true);
    expect(by('etc/apache2/sites-enabled/000-default.conf')).toBe(false);
    expect(by('app.conf')).toBe(false);
  });

  it('sniffs server blocks in .conf files', () => {
    expect(nginxHandler.byContent?.('server {\n  listen 80;\n}\n', 'app.conf')).toBe(true);
    expect(nginxHandler.byContent?.('<VirtualHost *:80>\n</VirtualHost>\n', 'app.conf')).toBe(false);
    expect(nginxHandler.byContent?.('[server]\nlisten = 80\n', 'app.conf')).toBe(false);
  });

  it('leaves a snippet to the nginx.conf that includes it', () => {
    const files = {
      '/repo/nginx/nginx.conf': 'events {}\nhttp { include conf.d/*.conf; }\n',
      '/repo/nginx/conf.d/site.conf': 'server { listen 80; }\n',
    };
    const snippet = source('nginx/conf.d/site.conf', files['/repo/nginx/conf.d/site.conf']);
    expect(nginxHandler.parse(snippet, io(files)).documents).toEqual([]);
    const alone = source('other/site.conf', 'server { listen 80; }\n');
    expect(nginxHandler.parse(alone, io(files)).documents).toHaveLength(1);
  });
});
