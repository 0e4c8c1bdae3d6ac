import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import type { SourceFile } from '../types.js';
import type { DjangoDocument } from './django-document.js';
import { djangoHandler, looksLikeDjangoSettings } from './django-handler.js';

const io = { readText: () => undefined, glob: () => [] };
const file = (path: string, text: string): SourceFile => ({
  path,
  absPath: `/x/${path}`,
  text,
  lines: new LineIndex(text),
});

function parse(text: string, path = 'mysite/settings.py') {
  const { documents, diagnostics } = djangoHandler.parse(file(path, text), io);
  return { doc: documents[0] as DjangoDocument | undefined, diagnostics };
}

const SETTINGS = `"""Settings for mysite."""
from pathlib import Path
import os, sys

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = 'django-insecure-' \\
    'abc'
DEBUG = True  # local only
ALLOWED_HOSTS = [
    'www.acme.io',  # main
    "*",
]
INSTALLED_APPS = ['django.contrib.admin', 'app']
DATABASES = {
    'default': {'ENGINE': 'django.db.backends.postgresql', 'PORT': 5432},
}
CACHE_TTL: int = 300
MIDDLEWARE += ('x',)
X = 1; Y = None
DOC = """multi
line = 'not an assignment'
"""
if os.environ.get('PROD'):
    DEBUG = False
SESSION_COOKIE_AGE = 60 * 60
`;

describe('django detection', () => {
  it('recognises settings modules by name and content', () => {
    expect(djangoHandler.byName?.('mysite/settings.py', 'settings.py')).toBe(true);
    expect(djangoHandler.byName?.('mysite/settings/prod.py', 'prod.py')).toBe(true);
    expect(djangoHandler.byName?.('mysite/local_settings.py', 'local_settings.py')).toBe(true);
    expect(djangoHandler.byName?.('mysite/views.py', 'views.py')).toBe(false);
    expect(djangoHandler.byContent?.('INSTALLED_APPS = []\n', 'conf.py')).toBe(true);
    expect(djangoHandler.byContent?.('x = "INSTALLED_APPS"\n', 'conf.py')).toBe(false);
    expect(looksLikeDjangoSettings('a/settings/prod.py', 'from .base import *\nDEBUG = False\n')).toBe(true);
    expect(looksLikeDjangoSettings('a/settings.py', 'DEBUG = True\nSECRET_KEY = "x"\n')).toBe(false);
    expect(looksLikeDjangoSettings('a/settings.py', '# Flask config\nTIMEOUT = 3\n')).toBe(false);
  });

  it('drops settings-named files that are not Django', () => {
    expect(parse('# some tool\nTIMEOUT = 3\n').doc).toBeUndefined();
  });
});

describe('django parser', () => {
  const { doc, diagnostics } = parse(SETTINGS);
  const get = (name: string) => doc?.settings.filter((s) => s.name === name) ?? [];

  it('parses without diagnostics', () => {
    expect(diagnostics).toEqual([]);
    expect(doc?.importsOs).toBe(true);
    expect(doc?.inherits).toBe(false);
    expect(doc?.development).toBe(false);
  });

  it('reads literals with exact ranges', () => {
    const debug = get('DEBUG');
    expect(debug.map((s) => [s.conditional, s.value.type === 'bool' && s.value.value])).toEqual([
      [false, true],
      [true, false],
    ]);
    expect(debug[0]?.range.start.line).toBe(8);
    expect(debug[0]?.value.range.start.column).toBe(9);
    const key = get('SECRET_KEY')[0]?.value;
    expect(key?.type === 'string' && key.value).toBe('django-insecure-abc');
    expect(key?.range.start.line).toBe(6);
    expect(key?.range.end.line).toBe(7);
  });

  it('reads lists with comments and item ranges', () => {
    const hosts = get('ALLOWED_HOSTS')[0]?.value;
    expect(hosts?.type).toBe('list');
    if (hosts?.type !== 'list') return;
    expect(hosts.items.map((i) => (i.type === 'string' ? i.value : i.type))).toEqual(['www.acme.io', '*']);
    expect(hosts.items[1]?.range.start.line).toBe(11);
  });

  it('reads dicts, annotations, augmented assignment, semicolons and expressions', () => {
    expect(get('DATABASES')[0]?.value.type).toBe('dict');
    const ttl = get('CACHE_TTL')[0]?.value;
    expect(ttl?.type === 'number' && ttl.value).toBe(300);
    expect(get('MIDDLEWARE')[0]?.op).toBe('+=');
    expect(get('X')[0]?.value.type).toBe('number');
    expect(get('Y')[0]?.value.type).toBe('none');
    const age = get('SESSION_COOKIE_AGE')[0]?.value;
    expect(age?.type === 'expr' && age.text).toBe('60 * 60');
    expect(get('BASE_DIR')[0]?.value.type).toBe('expr');
    expect(get('line')).toEqual([]);
  });

  it('places new imports before the first import', () => {
    expect(doc?.importOffset).toBe(SETTINGS.indexOf('from pathlib'));
  });

  it('knows star imports and development modules', () => {
    const prod = parse('from .base import *\nDEBUG = False\n', 'mysite/settings/prod.py').doc;
    expect(prod?.inherits).toBe(true);
    const dev = parse('from .base import *\nDEBUG = True\n', 'mysite/settings/dev.py').doc;
    expect(dev?.development).toBe(true);
  });
});

describe('django parser on hostile input', () => {
  it('reports unterminated strings and brackets without throwing', () => {
    const { doc, diagnostics } = parse("INSTALLED_APPS = ['a',\nDEBUG = True\nSECRET_KEY = 'oops\n");
    expect(doc).toBeDefined();
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]?.code).toBe('parse-error');
  });

  it('survives an unterminated triple-quoted string', () => {
    const { doc, diagnostics } = parse('INSTALLED_APPS = []\nX = """never closed\nDEBUG = True\n');
    expect(doc?.settings.map((s) => s.name)).toEqual(['INSTALLED_APPS', 'X']);
    expect(diagnostics.map((d) => d.message)).toContain('unterminated triple-quoted string');
  });

  it('handles deep nesting, huge lines and binary junk quickly', () => {
    const deep = `INSTALLED_APPS = []\nA = ${'['.repeat(20_000)}${']'.repeat(20_000)}\nB = ${'('.repeat(5000)}\n`;
    const junk = `INSTALLED_APPS = []\nC = '${'x'.repeat(300_000)}'\n\u0000\u0001\uffff = 3\n)]}\n`;
    const start = performance.now();
    const a = parse(deep);
    const b = parse(junk);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(a.doc?.settings.find((s) => s.name === 'A')).toBeDefined();
    expect(b.doc?.settings.find((s) => s.name === 'C')?.value.type).toBe('string');
    expect(b.diagnostics.some((d) => /unbalanced/.test(d.message))).toBe(true);
  });
});
