import { describe, expect, it } from 'vitest';
import { applyEdits, EditBuilder } from '../core/edit.js';
import { parseYamlStream } from '../sources/parsers/yaml-source.js';
import { jsonSetKey } from './json-edit.js';

function set(text: string, path: (string | number)[], key: string, value: unknown): string | null {
  const src = parseYamlStream(text).sources[0];
  if (!src) throw new Error('no document');
  const edit = jsonSetKey(new EditBuilder('f.json', text), src, path, key, value);
  if (!edit) return null;
  const out = applyEdits(text, [edit]);
  JSON.parse(out); // still valid JSON
  return out;
}

describe('jsonSetKey', () => {
  it('replaces a scalar in place', () => {
    expect(set('{"a": {"b": "x", "c": 1}}\n', ['a'], 'b', false)).toBe('{"a": {"b": false, "c": 1}}\n');
  });

  it('inserts after the last member with the same indentation', () => {
    const text = '{\n\t"a": {\n\t\t"b": 1\n\t}\n}\n';
    expect(set(text, ['a'], 'c', { d: true })).toBe(
      '{\n\t"a": {\n\t\t"b": 1,\n\t\t"c": {\n\t\t\t"d": true\n\t\t}\n\t}\n}\n',
    );
  });

  it('inserts on the same line in a one-line object', () => {
    expect(set('{"a": {"b": 1}}', ['a'], 'c', 'x')).toBe('{"a": {"b": 1, "c": "x"}}');
  });

  it('fills an empty object and creates missing parents', () => {
    expect(set('{\n  "a": {}\n}\n', ['a', 'x'], 'y', [1])).toBe(
      '{\n  "a": {\n    "x": {\n      "y": [\n        1\n      ]\n    }\n  }\n}\n',
    );
  });

  it('keeps CRLF line endings', () => {
    expect(set('{\r\n  "a": 1\r\n}\r\n', [], 'b', 2)).toBe('{\r\n  "a": 1,\r\n  "b": 2\r\n}\r\n');
  });

  it('refuses paths through arrays that do not exist', () => {
    expect(set('{"a": []}', ['a', 0], 'b', 1)).toBeNull();
  });
});
