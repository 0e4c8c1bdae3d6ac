import { isCollection, isMap, isScalar, isSeq, type Node, stringify } from 'yaml';
import type { EditBuilder, TextEdit } from '../core/edit.js';
import type { YamlPath, YamlSource } from '../sources/parsers/yaml-source.js';
import { blockLines, inlineValue, yamlScalar } from './yaml-emit.js';

export { blockLines, yamlScalar };

/**
 * Formatting-preserving YAML edits: each helper returns minimal text edits, or null when the
 * change cannot be made safely (flow collections with content, aliases, odd layouts) — the
 * caller then reports the finding without an automatic fix.
 */

/** Sets `key` to `value` in the mapping at `mapPath`, creating missing parent mappings. */
export function setKey(
  e: EditBuilder,
  src: YamlSource,
  mapPath: YamlPath,
  key: string,
  value: unknown,
): TextEdit | null {
  const existing = src.walk([...mapPath, key]);
  if (existing) {
    const node = existing.node;
    if (!node?.range) return null;
    if (isCollection(node) || (!isScalar(node) && node !== undefined)) {
      return replaceValueWithBlock(e, src, [...mapPath, key], value);
    }
    if (isScalar(node) && node.value === null && node.range[0] === node.range[1]) {
      return replaceValueWithBlock(e, src, [...mapPath, key], value);
    }
    if (typeof value === 'object' && value !== null)
      return replaceValueWithBlock(e, src, [...mapPath, key], value);
    return e.replace([node.range[0], node.range[1]], yamlScalar(value));
  }
  // Find the deepest existing ancestor mapping and insert the missing chain below it.
  for (let depth = mapPath.length; depth >= 0; depth--) {
    const prefix = mapPath.slice(0, depth);
    const hit = src.walk(prefix);
    if (!hit) continue;
    let nested: unknown = value;
    const rest = [...mapPath.slice(depth), key];
    if (rest.some((s) => typeof s === 'number')) return null;
    const firstKey = rest[0] as string;
    for (let i = rest.length - 1; i >= 1; i--) nested = { [rest[i] as string]: nested };
    const node = hit.node;
    if (node && isMap(node)) return insertIntoMap(e, node, firstKey, nested);
    if (hit.pair && (node === undefined || node === null || (isScalar(node) && node.value === null))) {
      return replaceValueWithBlock(e, src, prefix, { [firstKey]: nested });
    }
    return null;
  }
  return null;
}

/** Appends `value` to the sequence at `seqPath`, creating it (as a block list) when missing. */
export function appendToSeq(
  e: EditBuilder,
  src: YamlSource,
  seqPath: YamlPath,
  value: unknown,
): TextEdit | null {
  const node = src.node(seqPath);
  if (!node) {
    const parent = seqPath.slice(0, -1);
    const key = seqPath[seqPath.length - 1];
    if (typeof key !== 'string') return null;
    return setKey(e, src, parent, key, [value]);
  }
  if (!isSeq(node) || !node.range) return null;
  if (node.flow) {
    const close = node.range[1] - 1;
    if (e.text[close] !== ']') return null;
    const sep = node.items.length > 0 ? ', ' : '';
    const inline = stringify(value, { collectionStyle: 'flow' }).trim();
    let at = close;
    while (at > node.range[0] && /\s/.test(e.text[at - 1] ?? '')) at--;
    return e.insertAt(at, sep + inline);
  }
  const last = node.items[node.items.length - 1] as Node | undefined;
  if (!last?.range) return null;
  const firstItem = node.items[0] as Node;
  const dashOffset = e.text.lastIndexOf('-', firstItem.range?.[0] ?? node.range[0]);
  const indent = ' '.repeat(Math.max(0, dashOffset - e.lineStartOf(dashOffset)));
  const itemText = blockLines(value, indent.length + 2);
  const first = (itemText[0] ?? '').trimStart();
  const lines = [`${indent}- ${first}`, ...itemText.slice(1)];
  const end = trimEndOffset(e, last.range[1]);
  return e.insertLinesAfter([end, end], lines);
}

/** Removes a map entry (key and value, whole lines) at `path`. */
export function removeKey(e: EditBuilder, src: YamlSource, path: YamlPath): TextEdit | null {
  const hit = src.walk(path);
  if (!hit?.pair) return null;
  const key = hit.pair.key as Node | null;
  if (!key?.range) return null;
  const parent = src.node(path.slice(0, -1));
  if (parent && isCollection(parent) && parent.flow) return null;
  const end = hit.node?.range?.[1] ?? key.range[1];
  return e.removeLines([key.range[0], end]);
}

/** Removes item `index` of the block sequence at `seqPath` (whole lines). */
export function removeSeqItem(
  e: EditBuilder,
  src: YamlSource,
  seqPath: YamlPath,
  index: number,
): TextEdit | null {
  const seq = src.node(seqPath);
  if (!seq || !isSeq(seq) || seq.flow) return null;
  const item = seq.items[index] as Node | undefined;
  if (!item?.range) return null;
  const dash = e.text.lastIndexOf('-', item.range[0]);
  return e.removeLines([dash, item.range[1]]);
}

function insertIntoMap(e: EditBuilder, map: Node, key: string, value: unknown): TextEdit | null {
  if (!isMap(map) || !map.range) return null;
  if (map.flow) {
    if (map.items.length > 0) return null;
    // An empty `{}`: replace it with a block mapping on the following lines.
    const indent = e.indentOf(map.range[0]) + '  ';
    const lines = blockLines({ [key]: value }, indent.length);
    // Swallow the space between `key:` and `{}` so no trailing blank is left behind.
    let start = map.range[0];
    while (start > 0 && e.text[start - 1] === ' ') start--;
    return e.replace([start, map.range[1]], `${e.eol}${lines.join(e.eol)}`);
  }
  const firstPair = map.items[0];
  const lastPair = map.items[map.items.length - 1];
  const firstKey = firstPair?.key as Node | undefined;
  if (!firstKey?.range || !lastPair) return null;
  const column = firstKey.range[0] - e.lineStartOf(firstKey.range[0]);
  const lastValue = lastPair.value as Node | null;
  const lastEnd = lastValue?.range?.[1] ?? (lastPair.key as Node).range?.[1] ?? firstKey.range[1];
  const lines = blockLines({ [key]: value }, column);
  // Block collections end on the next line; step back so we insert after their last content line.
  let anchor = lastEnd;
  while (anchor > 0 && /\s/.test(e.text[anchor - 1] ?? '')) anchor--;
  return e.insertLinesAfter([anchor, anchor], lines);
}

function replaceValueWithBlock(
  e: EditBuilder,
  src: YamlSource,
  path: YamlPath,
  value: unknown,
): TextEdit | null {
  const hit = src.walk(path);
  const key = hit?.pair?.key as Node | undefined;
  if (!hit?.pair || !key?.range) return null;
  const keyColumn = key.range[0] - e.lineStartOf(key.range[0]);
  const node = hit.node;
  const valueEnd = node?.range ? trimEndOffset(e, node.range[1]) : key.range[1];
  const colon = e.text.indexOf(':', key.range[1]);
  if (colon < 0) return null;
  if (value === null || typeof value !== 'object' || (Array.isArray(value) && value.length === 0)) {
    return e.replace([colon, Math.max(colon + 1, valueEnd)], `: ${inlineValue(value)}`);
  }
  const lines = blockLines(value, keyColumn + 2);
  return e.replace([colon, Math.max(colon + 1, valueEnd)], `:${e.eol}${lines.join(e.eol)}`);
}

function trimEndOffset(e: EditBuilder, offset: number): number {
  let at = offset;
  while (at > 0 && /\s/.test(e.text[at - 1] ?? '')) at--;
  return at;
}
