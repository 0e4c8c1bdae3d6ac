import { describe, expect, it } from 'vitest';
import { applyEdits, type TextEdit } from '../core/edit.js';
import { LineIndex } from '../core/range.js';
import type { HclFile } from '../sources/parsers/terraform/hcl-ast.js';
import { parseHcl } from '../sources/parsers/terraform/parse-hcl.js';
import { parseTfJson } from '../sources/parsers/terraform/parse-tf-json.js';
import { type HclTarget, hclString, insertBlock, setAttribute, setNestedAttribute } from './hcl-edit.js';

function target(text: string, json = false): HclTarget {
  const r = json ? parseTfJson(text) : parseHcl(text);
  expect(r.errors).toEqual([]);
  const file: HclFile = {
    path: 'main.tf',
    absPath: '/main.tf',
    text,
    lines: new LineIndex(text),
    syntax: json ? 'json' : 'hcl',
    body: r.body,
  };
  const block = r.body.blocks[0]!;
  return { file, body: block.body, block, generated: false };
}

function apply(text: string, edit: TextEdit | null): string {
  expect(edit).not.toBeNull();
  const out = applyEdits(text, [edit as TextEdit]);
  expect(parseHcl(out).errors).toEqual([]);
  return out;
}

describe('hcl-edit', () => {
  it('replaces a literal value, keeping comments', () => {
    const t = 'resource "a" "b" {\n  x = false # keep\n}\n';
    expect(apply(t, setAttribute(target(t), 'x', 'true'))).toBe('resource "a" "b" {\n  x = true # keep\n}\n');
  });

  it('refuses to overwrite expressions and generated blocks', () => {
    const t = 'resource "a" "b" {\n  x = var.x\n}\n';
    expect(setAttribute(target(t), 'x', 'true')).toBeNull();
    expect(
      setAttribute({ ...target('resource "a" "b" {\n  y = 1\n}\n'), generated: true }, 'x', 'true'),
    ).toBeNull();
  });

  it('inserts after the last attribute, aligned with the group above', () => {
    const t = 'resource "a" "b" {\n  name          = "n"\n  instance_type = "t3"\n\n  tags {\n  }\n}\n';
    expect(apply(t, setAttribute(target(t), 'ami', '"x"'))).toBe(
      'resource "a" "b" {\n  name          = "n"\n  instance_type = "t3"\n  ami           = "x"\n\n  tags {\n  }\n}\n',
    );
  });

  it('opens up empty one-line blocks and keeps tabs and CRLF', () => {
    expect(apply('resource "a" "b" {}\n', setAttribute(target('resource "a" "b" {}\n'), 'x', 'true'))).toBe(
      'resource "a" "b" {\n  x = true\n}\n',
    );
    const tabs = 'resource "a" "b" {\r\n\ty = 1\r\n}\r\n';
    expect(apply(tabs, setAttribute(target(tabs), 'x', 'true'))).toBe(
      'resource "a" "b" {\r\n\ty = 1\r\n\tx = true\r\n}\r\n',
    );
  });

  it('refuses one-line bodies it cannot extend cleanly', () => {
    const t = 'resource "a" "b" { y = 1 }\n';
    expect(setAttribute(target(t), 'x', 'true')).toBeNull();
  });

  it('adds nested blocks and sets attributes inside existing ones', () => {
    const t = 'resource "a" "b" {\n  ami = "x"\n}\n';
    expect(apply(t, setNestedAttribute(target(t), 'metadata_options', 'http_tokens', '"required"'))).toBe(
      'resource "a" "b" {\n  ami = "x"\n  metadata_options {\n    http_tokens = "required"\n  }\n}\n',
    );
    const existing = 'resource "a" "b" {\n  metadata_options {\n    http_endpoint = "enabled"\n  }\n}\n';
    expect(
      apply(existing, setNestedAttribute(target(existing), 'metadata_options', 'http_tokens', '"required"')),
    ).toBe(
      'resource "a" "b" {\n  metadata_options {\n    http_endpoint = "enabled"\n    http_tokens   = "required"\n  }\n}\n',
    );
    const dyn =
      'resource "a" "b" {\n  dynamic "metadata_options" {\n    for_each = []\n    content {}\n  }\n}\n';
    expect(setNestedAttribute(target(dyn), 'metadata_options', 'http_tokens', '"required"')).toBeNull();
    expect(insertBlock(target(existing), 'metadata_options', [['a', '1']])).toBeNull();
  });

  it('edits literal values of .tf.json files but never inserts there', () => {
    const t = '{"resource": {"a": {"b": {"x": false}}}}';
    const edit = setAttribute(target(t, true), 'x', 'true');
    expect(applyEdits(t, [edit as TextEdit])).toBe('{"resource": {"a": {"b": {"x": true}}}}');
    expect(setAttribute(target(t, true), 'y', 'true')).toBeNull();
  });

  it('quotes strings for HCL, escaping template sequences', () => {
    expect(hclString('a"${b}')).toBe('"a\\"$${b}"');
  });
});
