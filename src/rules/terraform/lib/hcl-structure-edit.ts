import type { TextEdit } from '../../../core/edit.js';
import type { HclTarget } from '../../../fixers/hcl-edit.js';
import { type Expr, type HclFile, isLiteralExpr } from '../../../sources/parsers/terraform/hcl-ast.js';
import type { TfSource } from '../../../sources/parsers/terraform/terraform-document.js';

/**
 * HCL edits the generic toolkit (src/fixers/hcl-edit.ts) does not offer and the kubernetes
 * provider's shapes need: nested blocks several levels deep, entries of a map written as an
 * object literal (`limits = { cpu = "1" }`), items of a list literal (`add = ["NET_ADMIN"]`),
 * and removing an attribute. Same contract: minimal edits on the original text, or null when
 * the change is not safe (an expression instead of a literal, a `dynamic` or JSON-syntax source,
 * a one-line layout we cannot extend cleanly).
 */

type ObjectExpr = Extract<Expr, { k: 'object' }>;
type TupleExpr = Extract<Expr, { k: 'tuple' }>;

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl;
}

function indentAt(text: string, offset: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart(text, offset)))?.[0] ?? '';
}

/** One indentation step, guessed from the file (tab or two spaces), as hcl-edit does. */
export function indentUnit(text: string): string {
  return /\n\t/.test(text) && !/\n {2}\S/.test(text) ? '\t' : '  ';
}

function edit(file: HclFile, start: number, end: number, text: string): TextEdit {
  return { file: file.path, start, end, text };
}

/** Inserts `line` as a new line after the line containing `offset`. */
function insertLineAfter(file: HclFile, offset: number, line: string): TextEdit {
  const text = file.text;
  const end = lineEnd(text, offset);
  const eol = eolOf(text);
  if (end === text.length) return edit(file, end, end, `${eol}${line}`);
  return edit(file, end + 1, end + 1, `${line}${eol}`);
}

function editable(src: { file: HclFile; generated: boolean }): boolean {
  return !src.generated && src.file.syntax === 'hcl';
}

/** A key as HCL writes it in an object literal: bare when it is an identifier, else quoted. */
export function hclKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
}

/**
 * Inserts lines into a block body, after its last attribute (Terraform style: arguments first,
 * then nested blocks), else at the top. `lines` gets the body's indentation and the file's
 * indentation step. An empty `{}` is opened up; other one-line bodies are refused.
 */
export function insertIntoBody(
  target: HclTarget,
  lines: (indent: string, unit: string) => string[],
): TextEdit | null {
  const { body, block, file } = target;
  if (!body || !editable(target)) return null;
  const text = file.text;
  const eol = eolOf(text);
  const unit = indentUnit(text);
  const blockIndent = block ? indentAt(text, block.s) : '';
  const first = body.attributes[0] ?? body.blocks[0];
  if (block && first && lineStart(text, first.s) === lineStart(text, block.open)) return null;
  const indent = first ? indentAt(text, first.s) : blockIndent + unit;
  if (block && !first && !text.slice(block.open + 1, body.e).includes('\n')) {
    const content = lines(blockIndent + unit, unit).join(eol);
    return edit(file, block.open + 1, body.e, `${eol}${content}${eol}${blockIndent}`);
  }
  let lastAttrEnd = -1;
  for (const a of body.attributes) lastAttrEnd = Math.max(lastAttrEnd, a.e);
  const from = lastAttrEnd >= 0 ? lastAttrEnd : block ? block.open : body.s;
  const nl = text.indexOf('\n', from);
  const at = nl === -1 ? text.length : nl + 1;
  const needsBreak = at === text.length && !text.endsWith('\n');
  return edit(
    file,
    at,
    at,
    (needsBreak ? eol : '') +
      lines(indent, unit)
        .map((l) => l + eol)
        .join(''),
  );
}

/** Removes an attribute written on lines of its own (a trailing comment goes with it). */
export function removeAttribute(src: TfSource): TextEdit | null {
  const a = src.attribute;
  if (!a || !editable(src)) return null;
  const text = src.file.text;
  const start = lineStart(text, a.s);
  if (text.slice(start, a.s).trim() !== '') return null;
  const end = lineEnd(text, a.e);
  if (!/^[ \t]*(?:(?:#|\/\/).*)?\r?$/.test(text.slice(a.e, end))) return null;
  return edit(src.file, start, end === text.length ? end : end + 1, '');
}

function objectLiteral(src: TfSource): ObjectExpr | null {
  const x = src.valueExpr;
  if (!src.attribute || !editable(src) || !x || x.k !== 'object') return null;
  // Keys computed by expressions might equal the key we are about to add.
  return x.items.every((i) => i.key.k === 'lit') ? x : null;
}

/**
 * Sets `key = valueText` in the object literal `src` holds (`limits = { cpu = "1" }`): replaces
 * a literal value, or adds the entry in the layout the literal already uses.
 */
export function setObjectItem(src: TfSource, key: string, valueText: string): TextEdit | null {
  const x = objectLiteral(src);
  if (!x) return null;
  const file = src.file;
  const text = file.text;
  const existing = x.items.find((i) => i.key.k === 'lit' && String(i.key.value) === key);
  if (existing) {
    if (!isLiteralExpr(existing.value)) return null;
    if (text.slice(existing.value.s, existing.value.e) === valueText) return null;
    return edit(file, existing.value.s, existing.value.e, valueText);
  }
  const close = x.e - 1;
  if (text[x.s] !== '{' || text[close] !== '}') return null;
  const entry = (name: string) => `${name} = ${valueText}`;
  const last = x.items[x.items.length - 1];
  const eol = eolOf(text);
  if (!last) {
    const inner = text.slice(x.s + 1, close);
    if (!inner.includes('\n')) return edit(file, x.s + 1, close, ` ${entry(hclKey(key))} `);
    const indent = indentAt(text, close);
    return edit(
      file,
      x.s + 1,
      close,
      `${eol}${indent}${indentUnit(text)}${entry(hclKey(key))}${eol}${indent}`,
    );
  }
  const afterLast = /^[ \t]*,/.exec(text.slice(last.value.e));
  const lastEnd = last.value.e + (afterLast ? afterLast[0].length : 0);
  if (!text.slice(x.s, close).includes('\n'))
    return edit(file, lastEnd, lastEnd, `${afterLast ? ' ' : ', '}${entry(hclKey(key))}`);
  if (lineStart(text, close) === lineStart(text, last.value.e)) return null;
  const indent = indentAt(text, last.key.s);
  const gap = /^[ \t]*(?==)/.exec(text.slice(last.key.e));
  const width = last.key.e - last.key.s + (gap ? gap[0].length : 0) - 1;
  const name = hclKey(key);
  const padded = width > name.length ? name.padEnd(width) : name;
  return insertLineAfter(file, lastEnd, `${indent}${entry(padded)}${afterLast ? ',' : ''}`);
}

function tupleLiteral(src: TfSource, length: number): TupleExpr | null {
  const x = src.valueExpr;
  if (!src.attribute || !editable(src) || !x || x.k !== 'tuple') return null;
  // The evaluated list must be this literal, item for item.
  return x.items.length === length ? x : null;
}

/** Removes item `index` of the list literal `src` holds, with its separating comma. */
export function removeTupleItem(src: TfSource, index: number, length: number): TextEdit | null {
  const x = tupleLiteral(src, length);
  const item = x?.items[index];
  if (!x || !item || x.items.length < 2) return null;
  const next = x.items[index + 1];
  if (next) return edit(src.file, item.s, next.s, '');
  const prev = x.items[index - 1] as Expr;
  return edit(src.file, prev.e, item.e, '');
}

/** Appends `valueText` to the list literal `src` holds, in its layout. */
export function appendTupleItem(src: TfSource, valueText: string, length: number): TextEdit | null {
  const x = tupleLiteral(src, length);
  if (!x) return null;
  const file = src.file;
  const text = file.text;
  const close = x.e - 1;
  if (text[x.s] !== '[' || text[close] !== ']') return null;
  const last = x.items[x.items.length - 1];
  if (!last) return edit(file, x.s + 1, close, valueText);
  const trailing = /^[ \t]*,/.exec(text.slice(last.e));
  if (!text.slice(x.s, close).includes('\n')) {
    if (trailing)
      return edit(file, last.e + trailing[0].length, last.e + trailing[0].length, ` ${valueText}`);
    return edit(file, last.e, last.e, `, ${valueText}`);
  }
  if (lineStart(text, close) === lineStart(text, last.s)) return null;
  const indent = indentAt(text, last.s);
  if (trailing) return insertLineAfter(file, last.e, `${indent}${valueText},`);
  return edit(file, last.e, last.e, `,${eolOf(text)}${indent}${valueText}`);
}
