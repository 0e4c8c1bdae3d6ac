import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { EditBuilder, TextEdit } from '../../../core/edit.js';
import type { YamlPath, YamlSource } from '../../../sources/parsers/yaml-source.js';

/**
 * Edits inside flow collections (`{...}`, `[...]`), which the block-oriented yaml-edit helpers
 * decline. This is what JSON manifests are made of, so the style of the collection is kept:
 * when its keys or items are double-quoted, new keys and values are written as JSON.
 */

function isFlow(node: unknown): node is Node & { flow?: boolean; range: [number, number, number] } {
  return (isMap(node) || isSeq(node)) && node.flow === true && Array.isArray(node.range);
}

/** Renders a value inline: JSON when `json`, else flow YAML with the same spacing. */
export function renderInline(value: unknown, json: boolean): string {
  if (Array.isArray(value)) return `[${value.map((v) => renderInline(v, json)).join(', ')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .map(([k, v]) => `${json ? JSON.stringify(k) : k}: ${renderInline(v, json)}`)
      .join(', ')}}`;
  if (typeof value === 'string')
    return json || !/^[A-Za-z0-9_./-]+$/.test(value) ? JSON.stringify(value) : value;
  return String(value);
}

/** True when the collection's first key (map) or item (sequence) is written with double quotes. */
function usesJsonStyle(e: EditBuilder, node: Node): boolean {
  const first = isMap(node)
    ? (node.items[0]?.key as Node | undefined)
    : isSeq(node)
      ? (node.items[0] as Node)
      : undefined;
  const at = first?.range?.[0];
  if (at === undefined) return e.text.trimStart().startsWith('{');
  return e.text[at] === '"';
}

function closeOffset(
  e: EditBuilder,
  node: Node & { range: [number, number, number] },
  close: string,
): number | null {
  let at = node.range[1] - 1;
  while (at > node.range[0] && /\s/.test(e.text[at] ?? '')) at--;
  return e.text[at] === close ? at : null;
}

/** Inserts `key: value` at the end of the flow mapping `map`. */
function insertIntoFlowMap(e: EditBuilder, map: Node, key: string, value: unknown): TextEdit | null {
  if (!isFlow(map) || !isMap(map)) return null;
  const json = usesJsonStyle(e, map);
  const entry = `${json ? JSON.stringify(key) : key}: ${renderInline(value, json)}`;
  const close = closeOffset(e, map, '}');
  if (close === null) return null;
  const last = map.items[map.items.length - 1] as Pair | undefined;
  if (!last) return e.replace([map.range[0], close + 1], `{${entry}}`);
  const lastEnd = ((last.value as Node | null)?.range ?? (last.key as Node | null)?.range)?.[1];
  const firstKey = (map.items[0]?.key as Node | undefined)?.range?.[0];
  if (lastEnd === undefined || firstKey === undefined) return null;
  const multiline = e.text.slice(map.range[0], firstKey).includes('\n');
  if (!multiline) return e.insertAt(lastEnd, `, ${entry}`);
  const lastKey = (last.key as Node | null)?.range?.[0] ?? firstKey;
  return e.insertAt(lastEnd, `,${e.eol}${e.indentOf(lastKey)}${entry}`);
}

/**
 * Sets `key` in the mapping at `mapPath` when that mapping, or the deepest existing ancestor
 * that must receive the missing chain, is a flow mapping. Null when it is not (or unsafe).
 */
export function flowSetKey(
  e: EditBuilder,
  src: YamlSource,
  mapPath: YamlPath,
  key: string,
  value: unknown,
): TextEdit | null {
  for (let depth = mapPath.length; depth >= 0; depth--) {
    const node = src.node(mapPath.slice(0, depth));
    if (node === undefined) continue;
    const rest = [...mapPath.slice(depth), key];
    if (rest.some((s) => typeof s !== 'string')) return null;
    let nested: unknown = value;
    for (let i = rest.length - 1; i >= 1; i--) nested = { [rest[i] as string]: nested };
    return insertIntoFlowMap(e, node, rest[0] as string, nested);
  }
  return null;
}

/** Replaces the scalar at `path` inside a flow collection, JSON-quoting strings when needed. */
export function flowReplaceScalar(
  e: EditBuilder,
  src: YamlSource,
  path: YamlPath,
  value: unknown,
): TextEdit | null {
  const node = src.node(path);
  const parent = src.node(path.slice(0, -1));
  if (!node || !isScalar(node) || !node.range || !parent || !isFlow(parent)) return null;
  return e.replace([node.range[0], node.range[1]], renderInline(value, usesJsonStyle(e, parent)));
}

/** Removes entry `i` of a flow collection with the comma that separates it from a neighbour. */
function removeFlowEntry(
  e: EditBuilder,
  spans: readonly (readonly [number, number])[],
  index: number,
): TextEdit | null {
  const own = spans[index];
  if (!own) return null;
  const next = spans[index + 1];
  if (next) return e.remove([own[0], next[0]]);
  const prev = spans[index - 1];
  if (prev) return e.remove([prev[1], own[1]]);
  return e.remove([own[0], own[1]]);
}

/** Removes the map entry at `path` when its mapping is a flow mapping. */
export function flowRemoveKey(e: EditBuilder, src: YamlSource, path: YamlPath): TextEdit | null {
  const map = src.node(path.slice(0, -1));
  if (!map || !isFlow(map) || !isMap(map)) return null;
  const key = path[path.length - 1];
  const spans: [number, number][] = [];
  let index = -1;
  for (const pair of map.items) {
    const k = pair.key as Node | null;
    const start = k?.range?.[0];
    const end = ((pair.value as Node | null)?.range ?? k?.range)?.[1];
    if (start === undefined || end === undefined) return null;
    if (isScalar(k) && String(k.value) === String(key)) index = spans.length;
    spans.push([start, end]);
  }
  return index < 0 ? null : removeFlowEntry(e, spans, index);
}

/** Removes item `index` of the flow sequence at `seqPath`. */
export function flowRemoveItem(
  e: EditBuilder,
  src: YamlSource,
  seqPath: YamlPath,
  index: number,
): TextEdit | null {
  const seq = src.node(seqPath);
  if (!seq || !isFlow(seq) || !isSeq(seq)) return null;
  const spans: [number, number][] = [];
  for (const item of seq.items) {
    const r = (item as Node | null)?.range;
    if (!r) return null;
    spans.push([r[0], r[1]]);
  }
  return removeFlowEntry(e, spans, index);
}

/** Appends to a flow sequence in its own style (JSON strings stay quoted). */
export function flowAppend(
  e: EditBuilder,
  src: YamlSource,
  seqPath: YamlPath,
  value: unknown,
): TextEdit | null {
  const seq = src.node(seqPath);
  if (!seq || !isFlow(seq) || !isSeq(seq)) return null;
  const close = closeOffset(e, seq, ']');
  if (close === null) return null;
  const rendered = renderInline(value, usesJsonStyle(e, seq));
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (!last?.range) return e.replace([seq.range[0], close + 1], `[${rendered}]`);
  return e.insertAt(last.range[1], `, ${rendered}`);
}
