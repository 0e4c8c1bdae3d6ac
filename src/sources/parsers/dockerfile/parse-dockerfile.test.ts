import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import type { SourceFile } from '../types.js';
import type { DockerfileDocument } from './dockerfile-document.js';
import { dockerfileHandler } from './handler.js';

const io = { readText: () => undefined, glob: () => [] };

function file(text: string, path = 'Dockerfile'): SourceFile {
  return { path, absPath: `/repo/${path}`, text, lines: new LineIndex(text) };
}

function parse(text: string) {
  const result = dockerfileHandler.parse(file(text), io);
  return { doc: result.documents[0] as DockerfileDocument | undefined, diagnostics: result.diagnostics };
}

describe('dockerfile parser', () => {
  it('reads stages, names, parents and users', () => {
    const { doc, diagnostics } = parse(
      [
        'ARG BASE=node:20-alpine',
        'FROM ${BASE} AS deps',
        'USER node',
        'FROM deps AS build',
        'RUN npm run build',
        'FROM nginx:1.27-alpine@sha256:abc',
        'COPY --from=build /app/dist /usr/share/nginx/html',
        '',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(doc?.stages.map((s) => [s.index, s.name, s.from.stageRef, s.from.variable])).toEqual([
      [1, 'deps', null, true],
      [2, 'build', 'deps', false],
      [3, null, null, false],
    ]);
    expect(doc?.stages[1]?.user?.name).toBe('node');
    expect(doc?.finalStage?.from.tag).toBe('1.27-alpine');
    expect(doc?.finalStage?.from.digest).toBe('sha256:abc');
    expect(doc?.instructions[0]?.stageIndex).toBe(0);
    expect(doc?.escapeChar).toBe('\\');
  });

  it('gives exact ranges for multi-line instructions and properties', () => {
    const text = 'FROM alpine:3.20\nENV A=1 \\\n    B="two words"\nRUN echo a \\\n && echo b\n';
    const { doc } = parse(text);
    const env = doc?.instructions[1];
    expect(env?.range.start.line).toBe(2);
    expect(env?.range.end.line).toBe(3);
    const b = env?.properties[1];
    expect(b && text.slice(b.range.start.offset, b.range.end.offset)).toBe('B="two words"');
    expect(b?.value).toBe('two words');
    const run = doc?.instructions[2];
    expect(run && text.slice(run.argsRange.start.offset, run.argsRange.end.offset)).toBe(
      'echo a \\\n && echo b',
    );
  });

  it('reads the escape parser directive', () => {
    const { doc } = parse(
      '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  C:\\\n',
    );
    expect(doc?.escapeChar).toBe('`');
    expect(doc?.instructions[1]?.range.end.line).toBe(4);
  });

  it('reports files without FROM, instructions before FROM and unknown instructions', () => {
    expect(parse('RUN echo hi\n').diagnostics.map((d) => [d.level, d.message])).toEqual([
      ['error', 'no FROM instruction: not a buildable Dockerfile'],
    ]);
    const { diagnostics } = parse('ENV A=1\nFROM alpine:3.20\nFORM x\n');
    expect(diagnostics.map((d) => [d.level, d.range?.start.line, d.code])).toEqual([
      ['error', 1, 'parse-error'],
      ['warning', 3, 'parse-error'],
    ]);
  });

  it('accepts empty files and comment-only files', () => {
    for (const text of ['', '\n\n', '# just a comment\n', '\ufeffFROM alpine:3.20\n']) {
      const { doc, diagnostics } = parse(text);
      expect(doc).toBeDefined();
      expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    }
  });

  it('never throws on malformed or hostile input', () => {
    const hostile = [
      'FROM alpine:3.20\nRUN echo "unterminated\n',
      'FROM alpine:3.20\nRUN <<EOF\nnever closed\n',
      'FROM alpine:3.20\nENV =novalue A= "B\nLABEL "unterminated=1\n',
      'FROM\nFROM AS\nFROM a AS\nCOPY\nUSER\nEXPOSE\n',
      'FROM alpine:3.20\nRUN \\\n\\\n\\\n',
      `FROM alpine:3.20\nRUN echo ${'x'.repeat(1_000_000)}\n`,
      `FROM alpine:3.20\n${'ENV A=1 \\\n'.repeat(5000)}\n`,
      Array.from({ length: 1000 }, (_, i) => `FROM s${i} AS s${i + 1}`).join('\n'),
      String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 65536)),
      '\u0000\u0001\u0002FROM\u0000 alpine\r\rRUN\r',
    ];
    const started = Date.now();
    for (const text of hostile) {
      expect(() => parse(text)).not.toThrow();
      const { doc } = parse(text);
      expect(doc?.kind).toBe('dockerfile');
    }
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('cuts huge lines instead of stalling, and says so', () => {
    const text = `FROM alpine:3.20\nRUN echo ${'x'.repeat(300_000)} | sh\nUSER app\n`;
    const started = Date.now();
    const { doc, diagnostics } = parse(text);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(doc?.instructions.map((i) => [i.keyword, i.range.start.line])).toEqual([
      ['FROM', 1],
      ['RUN', 2],
      ['USER', 3],
    ]);
    expect(diagnostics.map((d) => [d.level, d.range?.start.line])).toEqual([['warning', 2]]);
  });

  it('is detected by conventional names only', () => {
    const byName = dockerfileHandler.byName as (path: string, base: string) => boolean;
    for (const base of [
      'Dockerfile',
      'dockerfile',
      'Dockerfile.prod',
      'Containerfile',
      'api.Dockerfile',
      'web.dockerfile',
    ])
      expect(byName(base, base)).toBe(true);
    for (const base of ['docker-compose.yml', 'README.md', 'Makefile', 'Dockerfiles.txt'])
      expect(byName(base, base)).toBe(false);
  });
});
