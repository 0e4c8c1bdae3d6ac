import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import type { SourceFile } from '../types.js';
import { isDevelopmentProfile, type SpringDocument, springEntry } from './spring-document.js';
import { springHandler } from './spring-handler.js';

const io = { readText: () => undefined, glob: () => [] };
const file = (path: string, text: string): SourceFile => ({
  path,
  absPath: `/x/${path}`,
  text,
  lines: new LineIndex(text),
});
function parse(path: string, text: string) {
  const { documents, diagnostics } = springHandler.parse(file(path, text), io);
  return { doc: documents[0] as SpringDocument, diagnostics };
}

describe('spring detection', () => {
  it('matches application and bootstrap files with profiles', () => {
    for (const base of [
      'application.properties',
      'application-prod.yml',
      'application.yaml',
      'bootstrap.yml',
    ]) {
      expect(springHandler.byName?.(`src/main/resources/${base}`, base), base).toBe(true);
    }
    expect(springHandler.byName?.('app.properties', 'app.properties')).toBe(false);
    expect(springHandler.byName?.('application.json', 'application.json')).toBe(false);
  });
});

describe('properties parser', () => {
  const text = [
    '# comment',
    '! also a comment',
    'server.port=8443',
    'server.ssl.enabled : false',
    'spring.datasource.url  jdbc:h2:mem:test',
    'management.endpoints.web.exposure.include=health,\\',
    '    info , env',
    'key\\ with\\=escapes=caf\\u00e9',
    'empty=',
    '#---',
    'spring.config.activate.on-profile=prod',
    'spring.h2.console.enabled=true',
    'trailing=\\',
  ].join('\n');
  const { doc, diagnostics } = parse('src/main/resources/application.properties', text);

  it('reads keys, values and separators', () => {
    expect(doc.format).toBe('properties');
    expect(doc.entries.map((e) => [e.key, e.value])).toEqual([
      ['server.port', '8443'],
      ['server.ssl.enabled', 'false'],
      ['spring.datasource.url', 'jdbc:h2:mem:test'],
      ['management.endpoints.web.exposure.include', 'health,info , env'],
      ['key with=escapes', 'café'],
      ['empty', ''],
      ['spring.config.activate.on-profile', 'prod'],
      ['spring.h2.console.enabled', 'true'],
      ['trailing', ''],
    ]);
  });

  it('keeps ranges, including continued lines', () => {
    const include = doc.entries[3];
    expect(include?.range.start.line).toBe(6);
    expect(include?.range.end.line).toBe(7);
    const ssl = doc.entries[1];
    expect(ssl?.valueRange.start.column).toBe(22);
    expect(text.slice(ssl?.valueRange.start.offset, ssl?.valueRange.end.offset)).toBe('false');
  });

  it('splits documents and applies profile activation', () => {
    expect(doc.entries.map((e) => e.docIndex)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
    expect(springEntry(doc, 'spring.h2.console.enabled')?.profile).toBe('prod');
    expect(springEntry(doc, 'server.port')?.profile).toBeNull();
  });

  it('uses relaxed binding for lookups', () => {
    expect(springEntry(doc, 'spring.h2.console.enabled')).toBeDefined();
    expect(springEntry(doc, 'spring.h2.Console.Enabled')?.value).toBe('true');
    expect(springEntry(doc, 'spring.data-source.url')?.value).toBe('jdbc:h2:mem:test');
  });

  it('reports a continuation at end of file', () => {
    expect(diagnostics.map((d) => d.message)).toEqual(['line continuation at end of file']);
  });

  it('takes the profile from the file name', () => {
    expect(parse('application-dev.properties', 'a=b\n').doc.entries[0]?.profile).toBe('dev');
    expect(isDevelopmentProfile('dev')).toBe(true);
    expect(isDevelopmentProfile('prod')).toBe(false);
  });
});

describe('yaml parser', () => {
  const text = [
    'server:',
    '  port: 8080',
    'management:',
    '  endpoints:',
    '    web:',
    '      exposure:',
    '        include:',
    '          - health',
    '          - "*"',
    '  endpoint.shutdown.enabled: true',
    '---',
    'spring:',
    '  config:',
    '    activate:',
    '      on-profile: local',
    '  h2:',
    '    console:',
    '      enabled: true',
    '  datasource:',
    '    hikari: { maximum-pool-size: 5 }',
    '',
  ].join('\n');
  const { doc, diagnostics } = parse('application.yml', text);

  it('flattens nested maps, dotted keys and lists', () => {
    expect(diagnostics).toEqual([]);
    expect(doc.entries.map((e) => `${e.key}=${e.value}`)).toEqual([
      'server.port=8080',
      'management.endpoints.web.exposure.include=health,*',
      'management.endpoint.shutdown.enabled=true',
      'spring.config.activate.on-profile=local',
      'spring.h2.console.enabled=true',
      'spring.datasource.hikari.maximum-pool-size=5',
    ]);
  });

  it('points at exact lines', () => {
    const include = springEntry(doc, 'management.endpoints.web.exposure.include');
    expect(include?.items.map((i) => i.range.start.line)).toEqual([8, 9]);
    expect(springEntry(doc, 'management.endpoint.shutdown.enabled')?.range.start.line).toBe(10);
    expect(springEntry(doc, 'spring.h2.console.enabled')?.valueRange.start.line).toBe(18);
    expect(springEntry(doc, 'spring.h2.console.enabled')?.profile).toBe('local');
  });

  it('reports malformed YAML and alias bombs as diagnostics', () => {
    expect(parse('application.yml', 'a: [1, 2\nb: "unterminated\n').diagnostics.length).toBeGreaterThan(0);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      );
    const start = performance.now();
    const r = parse('application.yml', `${bomb.join('\n')}\n`);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(r.diagnostics.length).toBeGreaterThan(0);
  });

  it('survives binary junk and huge values', () => {
    const r = parse(
      'application.properties',
      `\u0000\u0001=\uffff\n${'k'.repeat(100_000)}=${'v'.repeat(100_000)}\n`,
    );
    expect(r.doc.entries).toHaveLength(2);
  });
});
