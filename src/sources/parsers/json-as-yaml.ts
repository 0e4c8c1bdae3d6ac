import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * Builds the `yaml` document of a JSON text directly, node for node what `yaml`'s own parser
 * produces (types, values, ranges), at a small fraction of the cost: `yaml` reads JSON through
 * its general flow-collection grammar at ~2 MB/s, and JSON templates and manifests are common.
 * The text is validated by `JSON.parse` first, so the walk below only meets valid JSON; anything
 * else (YAML, JSON with comments or trailing commas) returns undefined and takes the YAML path.
 */
export function jsonAsYaml(text: string): { doc: Document.Parsed; value: unknown } | undefined {
  const first = firstNonSpace(text);
  if (first !== '{' && first !== '[') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const builder = new Builder(text);
  builder.skipSpace();
  const contents = builder.value();
  const doc = new Document() as Document.Parsed;
  doc.contents = contents as Document.Parsed['contents'];
  const start = contents.range![0];
  doc.range = [text.lastIndexOf('\n', start - 1) + 1, contents.range![2], text.length];
  return { doc, value };
}

function firstNonSpace(text: string): string | undefined {
  for (let i = 0; i < text.length && i < 4096; i++) {
    const c = text[i]!;
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return c;
  }
  return undefined;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;

class Builder {
  private i = 0;

  constructor(private readonly text: string) {}

  skipSpace(): void {
    const t = this.text;
    let i = this.i;
    for (let c = t.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = t.charCodeAt(++i));
    this.i = i;
  }

  /** Where `yaml` ends a value node: past spaces and tabs on its line, and that line's break. */
  private nodeEnd(end: number): number {
    const t = this.text;
    let j = end;
    while (t[j] === ' ' || t[j] === '\t') j++;
    if (t[j] === '\n') return j + 1;
    if (t[j] === '\r' && t[j + 1] === '\n') return j + 2;
    return j;
  }

  value(): YAMLMap | YAMLSeq | Scalar {
    const c = this.text[this.i];
    if (c === '{') return this.map();
    if (c === '[') return this.seq();
    const s = this.scalar();
    s.range![2] = this.nodeEnd(s.range![1]);
    return s;
  }

  private map(): YAMLMap {
    const start = this.i++;
    const map = new YAMLMap();
    map.flow = true;
    this.skipSpace();
    while (this.text[this.i] !== '}') {
      const key = this.scalar();
      this.skipSpace();
      this.i++; // ':'
      this.skipSpace();
      map.items.push(new Pair(key, this.value()));
      this.skipSpace();
      if (this.text[this.i] === ',') {
        this.i++;
        this.skipSpace();
      }
    }
    this.i++;
    map.range = [start, this.i, this.nodeEnd(this.i)];
    return map;
  }

  private seq(): YAMLSeq {
    const start = this.i++;
    const seq = new YAMLSeq();
    seq.flow = true;
    this.skipSpace();
    while (this.text[this.i] !== ']') {
      const item = this.value();
      this.skipSpace();
      // `yaml` ends a flow sequence's item at the next token, across lines.
      item.range![2] = this.i;
      seq.items.push(item);
      if (this.text[this.i] === ',') {
        this.i++;
        this.skipSpace();
      }
    }
    this.i++;
    seq.range = [start, this.i, this.nodeEnd(this.i)];
    return seq;
  }

  /** A string, number or literal; its range ends where the token does (keys keep that end). */
  private scalar(): Scalar {
    const t = this.text;
    const start = this.i;
    if (t[start] === '"') {
      let j = start + 1;
      while (t[j] !== '"') j += t[j] === '\\' ? 2 : 1;
      this.i = j + 1;
      const raw = t.slice(start, this.i);
      const value = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
      return scalarNode(value, Scalar.QUOTE_DOUBLE, value, start, this.i);
    }
    for (const [word, value] of LITERALS) {
      if (t.startsWith(word, start)) {
        this.i = start + word.length;
        return scalarNode(value, Scalar.PLAIN, word, start, this.i);
      }
    }
    NUMBER.lastIndex = start;
    const m = NUMBER.exec(t);
    const raw = m?.[0] ?? '';
    this.i = start + raw.length;
    const node = scalarNode(Number(raw), Scalar.PLAIN, raw, start, this.i);
    // What `yaml`'s core schema records to print the number back as written.
    if (/[eE]/.test(raw)) node.format = 'EXP';
    else {
      const dot = raw.indexOf('.');
      if (dot !== -1 && raw.endsWith('0')) node.minFractionDigits = raw.length - dot - 1;
    }
    return node;
  }
}

const LITERALS: readonly [string, boolean | null][] = [
  ['true', true],
  ['false', false],
  ['null', null],
];

function scalarNode(value: unknown, type: Scalar.Type, source: string, start: number, end: number): Scalar {
  const node = new Scalar(value);
  node.range = [start, end, end];
  node.source = source;
  node.type = type;
  return node;
}
