import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { YamlPath, YamlSource } from '../yaml-source.js';

/** One effective key of a mapping, after YAML merge keys (`<<: *anchor`) are applied. */
export interface MergedEntry {
  readonly key: string;
  readonly node: Node | null;
  /** Real path of the value in the document: through the anchored mapping when inherited. */
  readonly path: YamlPath;
  readonly keyNode: Node | null;
  readonly inherited: boolean;
}

const MAX_DEPTH = 64;
const MAX_MERGE_DEPTH = 8;

/**
 * Maps every node of a document to its path, so a mapping reached through an alias can be
 * addressed (and edited) where it is defined. Aliases are not followed, so this is linear.
 */
export class NodePaths {
  private readonly paths = new Map<unknown, YamlPath>();

  constructor(private readonly src: YamlSource) {
    this.visit(src.doc.contents, [], 0);
  }

  pathOf(node: unknown): YamlPath | undefined {
    return this.paths.get(node);
  }

  private visit(node: unknown, path: YamlPath, depth: number): void {
    if (!node || depth > MAX_DEPTH || isAlias(node)) return;
    this.paths.set(node, path);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        this.visit(pair.value, [...path, String(pair.key.value)], depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        this.visit(item, [...path, i], depth + 1);
      });
    }
  }

  /** Follows an alias to its anchored node. */
  resolve(node: unknown): unknown {
    if (isAlias(node)) return node.resolve(this.src.doc);
    return node;
  }

  /**
   * The entries of the mapping at `path` in document order, explicit keys first winning over
   * merged ones; merged mappings listed earlier in `<<: [*a, *b]` win over later ones.
   */
  entries(path: YamlPath): MergedEntry[] {
    const node = this.src.node(path);
    if (!node || !isMap(node)) return [];
    const real = this.pathOf(node) ?? path;
    const out: MergedEntry[] = [];
    const seen = new Set<string>();
    this.collect(node, real, false, out, seen, 0);
    return out;
  }

  private collect(
    map: YAMLMap,
    path: YamlPath,
    inherited: boolean,
    out: MergedEntry[],
    seen: Set<string>,
    depth: number,
  ): void {
    const merges: unknown[] = [];
    for (const pair of map.items) {
      if (!isPair(pair)) continue;
      const keyNode = isScalar(pair.key) ? pair.key : null;
      if (!keyNode) continue;
      const key = String(keyNode.value);
      if (key === '<<' && keyNode.source === '<<') {
        merges.push(pair.value);
        continue;
      }
      if (seen.has(key)) continue;
      seen.add(key);
      const value = this.resolve(pair.value);
      out.push({
        key,
        node: (value as Node | null) ?? null,
        path: [...path, key],
        keyNode,
        inherited,
      });
    }
    if (depth >= MAX_MERGE_DEPTH) return;
    for (const merge of merges) {
      const sources = isSeq(merge) ? merge.items : [merge];
      for (const s of sources) {
        const target = this.resolve(s);
        if (!isMap(target)) continue;
        const targetPath = this.pathOf(target);
        if (!targetPath) continue;
        this.collect(target, targetPath, true, out, seen, depth + 1);
      }
    }
  }
}

/** The plain value at `path` of a plain JS tree. */
export function valueAt(root: unknown, path: YamlPath): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
