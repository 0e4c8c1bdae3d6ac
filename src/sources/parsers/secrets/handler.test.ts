import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import type { SourceFile } from '../types.js';
import { textHandler } from './handler.js';
import type { TextDocument } from './text-document.js';

const io = { readText: () => undefined, glob: () => [] };
const file = (path: string, text: string): SourceFile => ({
  path,
  absPath: `/x/${path}`,
  text,
  lines: new LineIndex(text),
});

function parse(path: string, text: string): TextDocument {
  const { documents, diagnostics } = textHandler.parse(file(path, text), io);
  expect(diagnostics).toEqual([]);
  expect(documents).toHaveLength(1);
  return documents[0] as TextDocument;
}

describe('text handler', () => {
  it('is never detected on its own: the engine adds it to every text file', () => {
    expect(textHandler.byName).toBeUndefined();
    expect(textHandler.byContent).toBeUndefined();
  });

  it('keeps the text and line index, and names the file', () => {
    const f = file('config/app.py', 'A = 1\n');
    const doc = textHandler.parse(f, io).documents[0] as TextDocument;
    expect(doc.kind).toBe('text');
    expect(doc.text).toBe(f.text);
    expect(doc.lines).toBe(f.lines);
    expect(doc.base).toBe('app.py');
    expect(doc.extension).toBe('py');
    expect(doc.comments).toEqual(['#']);
  });

  it('treats .env variants as dotenv files', () => {
    expect(parse('.env', '').extension).toBe('env');
    expect(parse('deploy/.env.production', '').extension).toBe('env');
    expect(parse('Dockerfile', '').extension).toBe('');
    expect(parse('src/a.TS', '').comments).toEqual(['//']);
  });

  it('accepts hostile input without work or errors', () => {
    const junk = '\u0000\uffff\ud800'.repeat(1000) + '\n'.repeat(5) + 'x'.repeat(200_000);
    const doc = parse('blob.bin.txt', junk);
    expect(doc.text.length).toBe(junk.length);
  });
});
