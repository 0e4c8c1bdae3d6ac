import { isMap, type Node } from 'yaml';
import type { EditBuilder, TextEdit } from '../core/edit.js';
import type { YamlPath, YamlSource } from '../sources/parsers/yaml-source.js';

/**
 * Formatting-preserving edits for JSON files read through YamlSource (JSON is YAML flow
 * syntax, so nodes carry exact offsets). Like yaml-edit, each helper returns one minimal text
 * edit, or null when the change cannot be made safely.
 */

/** The indentation unit of a JSON text (first indented line), two spaces by default. */
function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  const first = m?.[1] ?? '  ';
  return first.startsWith('\t') ? '\t' : first;
}

function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, start + 200))?.[0] ?? '';
}

/** JSON text of a value, nested lines indented to sit at `indent`. */
function render(value: unknown, indent: string, unit: string, eol: string): string {
  return JSON.stringify(value, null, unit).split('\n').join(`${eol}${indent}`);
}

/** Sets `key` to `value` in the JSON object at `mapPath`, creating missing parent objects. */
export function jsonSetKey(
  e: EditBuilder,
  src: YamlSource,
  mapPath: YamlPath,
  key: string,
  value: unknown,
): TextEdit | null {
  const unit = indentUnit(e.text);
  const existing = src.walk([...mapPath, key]);
  if (existing) {
    const node = existing.node;
    if (!node?.range) return null;
    const indent = lineIndent(e.text, (existing.pair?.key as Node | undefined)?.range?.[0] ?? node.range[0]);
    return e.replace([node.range[0], node.range[1]], render(value, indent, unit, e.eol));
  }
  for (let depth = mapPath.length; depth >= 0; depth--) {
    const prefix = mapPath.slice(0, depth);
    const hit = src.walk(prefix);
    if (!hit) continue;
    const rest = [...mapPath.slice(depth), key];
    if (rest.some((s) => typeof s === 'number')) return null;
    let nested: unknown = value;
    for (let i = rest.length - 1; i >= 1; i--) nested = { [rest[i] as string]: nested };
    const map = hit.node;
    if (!map || !isMap(map) || !map.range) return null;
    return insertMember(e, map, rest[0] as string, nested, unit);
  }
  return null;
}

function insertMember(e: EditBuilder, map: Node, key: string, value: unknown, unit: string): TextEdit | null {
  if (!isMap(map) || !map.range) return null;
  const text = e.text;
  const open = map.range[0];
  if (text[open] !== '{') return null;
  const last = map.items[map.items.length - 1];
  if (!last) {
    const close = text.indexOf('}', open);
    if (close < 0) return null;
    const outer = lineIndent(text, open);
    const inner = outer + unit;
    return e.replace(
      [open, close + 1],
      `{${e.eol}${inner}${JSON.stringify(key)}: ${render(value, inner, unit, e.eol)}${e.eol}${outer}}`,
    );
  }
  const firstKey = map.items[0]?.key as Node | undefined;
  const lastNode = (last.value ?? last.key) as Node | null;
  if (!firstKey?.range || !lastNode?.range) return null;
  let end = lastNode.range[1];
  while (end > open && /\s/.test(text[end - 1] ?? '')) end--;
  const sameLine = text.lastIndexOf('\n', firstKey.range[0]) < open;
  if (sameLine) {
    return e.insertAt(end, `, ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  }
  const indent = lineIndent(text, firstKey.range[0]);
  return e.insertAt(end, `,${e.eol}${indent}${JSON.stringify(key)}: ${render(value, indent, unit, e.eol)}`);
}
