import { type Document, isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { LineIndex, type Range } from '../../core/range.js';
import { blockYamlAsYaml } from './block-yaml.js';
import { jsonAsYaml } from './json-as-yaml.js';
import { Composer, Parser } from './yaml-parser.js';

export type YamlPath = readonly (string | number)[];

/** Aliases expanded beyond this count are treated as an alias bomb (a "billion laughs" file). */
export const MAX_ALIAS_COUNT = 1000;

export interface YamlParseError {
  readonly message: string;
  readonly range: Range;
}

/**
 * One YAML document with its plain JS value and a way back from any path in that value to the
 * source range, so rules read plain data and still point at exact lines.
 */
export class YamlSource {
  readonly value: unknown;

  constructor(
    readonly doc: Document.Parsed,
    readonly lines: LineIndex,
    /** The plain value when already known (JSON.parse of a JSON text gives the same). */
    value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }),
  ) {
    this.value = value;
  }

  /** The node at `path`, following aliases; undefined when some segment is missing. */
  node(path: YamlPath): Node | undefined {
    return this.walk(path)?.node;
  }

  has(path: YamlPath): boolean {
    return this.walk(path) !== undefined;
  }

  /** Range of the value at `path`, or of the deepest existing ancestor when the path is missing. */
  range(path: YamlPath): Range {
    for (let n = path.length; n >= 0; n--) {
      const hit = this.walk(path.slice(0, n));
      if (hit?.node?.range) return this.lines.range(hit.node.range[0], hit.node.range[1]);
      if (hit?.pair) return this.keyRangeOfPair(hit.pair);
    }
    return this.lines.range(0, 0);
  }

  /** Range of the key of the last path segment (falls back like `range`). */
  keyRange(path: YamlPath): Range {
    const hit = this.walk(path);
    if (hit?.pair) return this.keyRangeOfPair(hit.pair);
    return this.range(path);
  }

  /** Range covering a map entry from its key to the end of its value. */
  entryRange(path: YamlPath): Range {
    const hit = this.walk(path);
    if (!hit?.pair) return this.range(path);
    const key = hit.pair.key as Node | null;
    const start = key?.range?.[0] ?? hit.node?.range?.[0] ?? 0;
    const end = hit.node?.range?.[1] ?? key?.range?.[1] ?? start;
    return this.lines.range(start, end);
  }

  private keyRangeOfPair(pair: Pair): Range {
    const key = pair.key as Node | null;
    if (key?.range) return this.lines.range(key.range[0], key.range[1]);
    return this.lines.range(0, 0);
  }

  /** Follows `path` through maps and sequences; returns the node and, for map entries, its pair. */
  walk(path: YamlPath): { node: Node | undefined; pair?: Pair } | undefined {
    let current: unknown = this.doc.contents;
    let pair: Pair | undefined;
    for (const segment of path) {
      current = this.resolveAlias(current);
      if (isMap(current)) {
        pair = (current as YAMLMap).items.find((p) => isPair(p) && keyEquals(p.key, segment)) as
          | Pair
          | undefined;
        if (!pair) return undefined;
        current = pair.value;
      } else if (isSeq(current) && typeof segment === 'number') {
        pair = undefined;
        current = current.items[segment];
        if (current === undefined) return undefined;
      } else {
        return undefined;
      }
    }
    const node = (this.resolveAlias(current) ?? undefined) as Node | undefined;
    return pair ? { node, pair } : { node };
  }

  private resolveAlias(node: unknown): unknown {
    let n = node;
    for (
      let i = 0;
      i < 32 && n && typeof n === 'object' && 'source' in n && (n as { source?: unknown }).source;
      i++
    ) {
      const resolved = (n as { resolve?: (d: Document) => unknown }).resolve?.(this.doc);
      if (!resolved) break;
      n = resolved;
    }
    return n;
  }
}

function keyEquals(key: unknown, segment: string | number): boolean {
  if (isScalar(key)) return key.value === segment || String(key.value) === String(segment);
  return key === segment;
}

export interface ParsedYaml {
  readonly sources: YamlSource[];
  readonly errors: YamlParseError[];
  readonly lines: LineIndex;
}

/**
 * Parses every document of a YAML stream. Errors are returned, not thrown; a document whose
 * aliases expand past the limit is reported as an error and left out.
 */
export function parseYamlStream(text: string, options: { customTags?: readonly unknown[] } = {}): ParsedYaml {
  const lines = new LineIndex(text);
  // Fast paths first, each node for node what yaml builds, each declining what it cannot do.
  const json = jsonAsYaml(text);
  if (json) return { sources: [new YamlSource(json.doc, lines, json.value)], errors: [], lines };
  const block = blockYamlAsYaml(text, options);
  if (block) {
    const sources = block.docs.map((doc, i) => new YamlSource(doc, lines, block.values[i]));
    return { sources, errors: [], lines };
  }
  const errors: YamlParseError[] = [];
  const sources: YamlSource[] = [];
  const composer = new Composer({
    keepSourceTokens: false,
    prettyErrors: false,
    uniqueKeys: false,
    ...(options.customTags ? { customTags: options.customTags as never } : {}),
  });
  const parser = new Parser();
  const docs: Document.Parsed[] = [...composer.compose(parser.parse(text), true, text.length)];
  for (const doc of docs) {
    for (const err of doc.errors) {
      errors.push({
        message: err.message.split('\n')[0] ?? err.message,
        range: lines.range(err.pos[0], err.pos[1]),
      });
    }
    if (doc.errors.length > 0) continue;
    try {
      sources.push(new YamlSource(doc, lines));
    } catch (e) {
      const start = doc.contents?.range?.[0] ?? 0;
      errors.push({ message: (e as Error).message, range: lines.range(start, start) });
    }
  }
  return { sources, errors, lines };
}
