import { isScalar, isSeq, type Node, Scalar } from 'yaml';
import type { EditBuilder, TextEdit } from '../../../core/edit.js';
import { removeKey, removeSeqItem } from '../../../fixers/yaml-edit.js';
import type { YamlPath, YamlSource } from '../../../sources/parsers/yaml-source.js';

/**
 * The [start, end) offsets of a scalar's text between its quotes, when the source spells the
 * value exactly (no escapes, single line), so edits inside it keep the quoting style.
 */
export function scalarContent(src: YamlSource, path: YamlPath): [number, number] | null {
  const node = src.node(path);
  if (!node || !isScalar(node) || !node.range) return null;
  const [start, end] = node.range;
  const raw = src.lines.text.slice(start, end);
  const value = String(node.value);
  if (raw.includes('\n')) return null;
  if (node.type === Scalar.PLAIN) return raw === value ? [start, end] : null;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    return raw.slice(1, -1) === value ? [start + 1, end - 1] : null;
  }
  return null;
}

/**
 * Removes one item of a list, block or flow style. When it is the only item, the whole key
 * goes, so no empty `cap_add:` is left behind.
 */
export function removeListItem(
  e: EditBuilder,
  src: YamlSource,
  seqPath: YamlPath,
  index: number,
): TextEdit | null {
  const seq = src.node(seqPath);
  if (!seq || !isSeq(seq)) return null;
  if (seq.items.length === 1 && index === 0) return removeKey(e, src, seqPath);
  if (!seq.flow) return removeSeqItem(e, src, seqPath, index);
  const item = seq.items[index] as Node | undefined;
  if (!item?.range) return null;
  const next = seq.items[index + 1] as Node | undefined;
  if (next?.range) return e.remove([item.range[0], next.range[0]]);
  const prev = seq.items[index - 1] as Node | undefined;
  if (!prev?.range) return null;
  return e.remove([prev.range[1], item.range[1]]);
}

/** Logical path of a service, for fingerprints. */
export function servicePath(name: string, ...rest: string[]): string {
  return ['services', name, ...rest].join('/');
}
