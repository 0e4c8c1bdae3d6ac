import {
  type CollectionTag,
  Document,
  isNode,
  isScalar,
  Pair,
  Scalar,
  type ScalarTag,
  type Schema,
  YAMLMap,
  YAMLSeq,
} from 'yaml';

/**
 * Builds the `yaml` documents of a block-style YAML text directly, node for node what `yaml`'s
 * Parser + Composer produce (values, types, tags, ranges), in one pass over the lines: `yaml`
 * reads YAML at 1.5-3 MB/s, and the common files (CloudFormation, Kubernetes, Compose, GitHub
 * Actions) use a small, regular part of the language. Anything outside that part, or anything
 * `yaml` would report an error or warning for, returns undefined and takes the `yaml` path, so
 * bailing is always safe; the parity tests in block-yaml.test.ts hold the rest to `yaml`.
 *
 * The subset: streams of block mappings and sequences (`---` separators, empty documents),
 * plain/quoted keys, one-line plain/quoted scalars, `|` `>` block scalars with `-`/`+`
 * chomping, one-line flow collections, comments, CRLF, and the caller's custom tags (e.g.
 * CloudFormation's `!Ref`). No anchors, aliases, merge keys, complex keys, directives, tabs,
 * multi-line plain/quoted scalars or flow collections, root scalars, or explicit indentation.
 */
export function blockYamlAsYaml(
  text: string,
  options: { customTags?: readonly unknown[] } = {},
): { docs: Document.Parsed[]; values: unknown[] } | undefined {
  if (UNSUPPORTED_CHARS.test(text)) return undefined;
  const tags = tagIndex(options.customTags);
  if (!tags) return undefined;
  try {
    return new Builder(text, tags, options.customTags).stream();
  } catch {
    // Bail (outside the subset) or anything unexpected: the yaml path decides.
    return undefined;
  }
}

/** Tabs, control characters, a BOM, and `\r` other than in CRLF: left to `yaml`. */
const UNSUPPORTED_CHARS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029]|\r(?!\n)/;

/** Thrown to leave the fast path; created once, so bailing costs no stack capture. */
const BAIL = new Error('outside the block-YAML subset');

function bail(): never {
  throw BAIL;
}

/** Nesting past this depth is left to `yaml` (and keeps the recursion far from the stack limit). */
const MAX_DEPTH = 200;

/** `yaml` (strict mode) rejects implicit keys whose `:` is further than this from their start. */
const MAX_KEY_LENGTH = 1024;

const SPACE = 32;
const LF = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const PLUS = 43;
const BANG = 33;
const COMMA = 44;
const SQUOTE = 39;
const DQUOTE = 34;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
const PIPE = 124;
const GT = 62;

/** Where a plain scalar in block context stopped: the line end, a ` #` comment, or a `: `. */
const STOP_EOL = 0;
const STOP_COMMENT = 1;
const STOP_COLON = 2;

/** Kinds of the next line that is not blank or a comment. */
const CONTENT = 0;
const DOC_START = 1;
const END = 2;

interface TagIndex {
  scalar: Map<string, ScalarTag>;
  seq: Map<string, CollectionTag>;
  map: Map<string, CollectionTag>;
  /**
   * A schema built with these custom tags, cloned for each document: building one per document
   * (as `new Document(undefined, { customTags })` does) copies the tag list once per custom tag.
   */
  schema?: Schema;
}

const tagIndexes = new WeakMap<readonly unknown[], TagIndex>();
const NO_TAGS: TagIndex = { scalar: new Map(), seq: new Map(), map: new Map() };

/** The Composer options of parseYamlStream (yaml-source.ts), which every document records. */
const DOC_OPTIONS = { keepSourceTokens: false, prettyErrors: false, uniqueKeys: false } as const;

/** A document as `yaml`'s composeDoc creates it for these options. */
function composerDocument(customTags: readonly unknown[] | undefined): Document.Parsed {
  const options = customTags ? { ...DOC_OPTIONS, customTags } : DOC_OPTIONS;
  return new Document(undefined, options as never) as Document.Parsed;
}

/**
 * The custom tags by name, as `yaml` looks them up (first match wins). Tags that take part in
 * plain-scalar resolution (`default`) or build their own node class are not supported.
 */
function tagIndex(custom: readonly unknown[] | undefined): TagIndex | undefined {
  if (custom === undefined) return NO_TAGS;
  if (!Array.isArray(custom)) return undefined;
  const cached = tagIndexes.get(custom);
  if (cached) return cached;
  const index: TagIndex = { scalar: new Map(), seq: new Map(), map: new Map() };
  for (const t of custom) {
    if (!t || typeof t !== 'object') return undefined;
    const tag = t as { tag?: unknown; collection?: unknown; default?: unknown; nodeClass?: unknown };
    if (typeof tag.tag !== 'string' || tag.default || tag.nodeClass) return undefined;
    const byName =
      tag.collection === 'seq'
        ? index.seq
        : tag.collection === 'map'
          ? index.map
          : tag.collection
            ? undefined
            : index.scalar;
    if (!byName) return undefined;
    if (!byName.has(tag.tag)) byName.set(tag.tag, t as never);
  }
  tagIndexes.set(custom, index);
  return index;
}

type BlockNode = Scalar | YAMLMap | YAMLSeq;
type Range = [number, number, number];

class Builder {
  private readonly len: number;
  private readonly schemaTemplate: Schema;
  /** The document being built, its schema and options (custom tags resolve against them). */
  private doc!: Document.Parsed;
  private docOptions!: Record<string, unknown>;
  private schema!: Schema;
  /** Where the builder reads next: the start of a line. */
  private pos = 0;
  /** The content line being read: its start, where its text ends (before CR/LF), the next line. */
  private ls = 0;
  private eol = 0;
  private lineNext = 0;
  /** The next line that is not blank or a comment, found by peek(), and where the blank/comment lines before it start. */
  private nextKind = END;
  private nextStart = 0;
  private nextCol = 0;
  private triviaStart = 0;
  /**
   * Blank and comment lines after the last value that no node has claimed yet (`yaml`'s
   * start-only collection item): a closing collection keeps them, extending its range, when one
   * of the comments is at least as indented as the collection; else they move outwards.
   */
  private trailingEnd = -1;
  private trailingIndent = -1;
  /** Where the last token read ends (or, for flow items, where the next `,` or bracket is). */
  private i = 0;
  /** The plain JS value of the node built last (what `doc.toJS()` gives for it). */
  private js: unknown = null;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly tags: TagIndex,
    private readonly customTags: readonly unknown[] | undefined,
  ) {
    this.len = text.length;
    tags.schema ??= composerDocument(customTags).schema;
    this.schemaTemplate = tags.schema;
  }

  /** A document like composerDocument's, with a copy of the cached schema when there are custom tags. */
  private newDocument(): Document.Parsed {
    const doc = new Document(undefined, DOC_OPTIONS) as Document.Parsed;
    if (this.customTags) {
      (doc.options as Record<string, unknown>).customTags = this.customTags;
      doc.schema = this.schemaTemplate.clone();
    }
    return doc;
  }

  stream(): { docs: Document.Parsed[]; values: unknown[] } {
    const docs: Document.Parsed[] = [];
    const values: unknown[] = [];
    this.pos = 0;
    this.peek();
    // A stream without documents gets yaml's forced empty document: not worth copying.
    if (this.nextKind === END) bail();
    while (this.nextKind !== END) {
      docs.push(this.document());
      values.push(this.js);
    }
    return { docs, values };
  }

  private document(): Document.Parsed {
    const doc = this.newDocument();
    this.doc = doc;
    this.schema = doc.schema;
    this.docOptions = doc.options as Record<string, unknown>;
    const offset = this.nextStart;
    let contents: BlockNode;
    if (this.nextKind === DOC_START) {
      doc.directives.docStart = true;
      this.enterLine(offset);
      const p = this.skipSpaces(offset + 3);
      const comment = this.endLine(offset + 3);
      this.peek();
      contents = this.atContent() ? this.rootNode() : this.emptyNode(p, comment, false, 0);
    } else {
      contents = this.rootNode();
    }
    if (this.nextKind === CONTENT) bail();
    const contentEnd = contents.range![2];
    doc.contents = contents as Document.Parsed['contents'];
    doc.range = [offset, contentEnd, this.trailingEnd !== -1 ? this.trailingEnd : contentEnd];
    this.trailingEnd = -1;
    return doc;
  }

  private rootNode(): BlockNode {
    this.enterLine(this.nextStart);
    return this.blockNode(this.nextCol);
  }

  /** A block collection starting at `at` on the current line. */
  private blockNode(at: number): BlockNode {
    if (this.isSeqIndicator(at)) return this.blockSeq(at);
    if (this.isKey(at)) return this.blockMap(at);
    return bail();
  }

  // ---- Lines -------------------------------------------------------------------------------

  private code(i: number): number {
    return this.text.charCodeAt(i);
  }

  private enterLine(ls: number): void {
    const nl = this.text.indexOf('\n', ls);
    this.ls = ls;
    if (nl === -1) {
      this.eol = this.len;
      this.lineNext = this.len;
    } else {
      this.eol = nl > ls && this.code(nl - 1) === CR ? nl - 1 : nl;
      this.lineNext = nl + 1;
    }
  }

  private skipSpaces(i: number): number {
    while (this.code(i) === SPACE) i++;
    return i;
  }

  /** Start of the line after the one holding `i` (or the end of the text). */
  private lineAfter(i: number): number {
    const nl = this.text.indexOf('\n', i);
    return nl === -1 ? this.len : nl + 1;
  }

  /** Where the line break of the line holding `i` starts (CR of CRLF, or LF, or the end). */
  private breakOf(i: number): number {
    const nl = this.text.indexOf('\n', i);
    if (nl === -1) return this.len;
    return this.code(nl - 1) === CR ? nl - 1 : nl;
  }

  /**
   * Reads the rest of the current line after a token ending at `i`: spaces, then the line end
   * or a comment (which `yaml` wants separated by a space). Moves to the next line; says whether
   * there was a comment.
   */
  private endLine(i: number): boolean {
    const j = this.skipSpaces(i);
    this.pos = this.lineNext;
    if (j >= this.eol) return false;
    if (this.code(j) === HASH && j > i) return true;
    return bail();
  }

  /** A space or the end of the line: what makes `-`, `:` and `---` indicators. */
  private isBlankAt(i: number): boolean {
    return i >= this.eol || this.code(i) === SPACE;
  }

  /** Finds the next line that is not blank or a comment, starting at `pos`. */
  private peek(): void {
    const t = this.text;
    let ls = this.pos;
    this.triviaStart = ls;
    while (ls < this.len) {
      const j = this.skipSpaces(ls);
      const c = t.charCodeAt(j);
      if (j < this.len && c !== LF && c !== CR && c !== HASH) {
        if (j === ls && (t.startsWith('---', ls) || t.startsWith('...', ls))) {
          const after = t.charCodeAt(ls + 3);
          if (ls + 3 >= this.len || after === SPACE || after === LF || after === CR) {
            if (t[ls] === '.') bail(); // document end marker
            this.nextKind = DOC_START;
            this.nextStart = ls;
            this.nextCol = ls;
            return;
          }
        }
        this.nextKind = CONTENT;
        this.nextStart = ls;
        this.nextCol = j;
        return;
      }
      ls = this.lineAfter(j);
    }
    this.nextKind = END;
    this.nextStart = this.len;
    this.nextCol = this.len;
  }

  private atContent(): boolean {
    return this.nextKind === CONTENT;
  }

  private nextIndent(): number {
    return this.nextCol - this.nextStart;
  }

  /** Where the tokens before the next content end: its first character, a `---` line, or the end. */
  private nextTokenStart(): number {
    return this.nextKind === CONTENT ? this.nextCol : this.nextStart;
  }

  /** Continues on the next content line, which opens a value or item at `nextCol`. */
  private takeNextLine(): void {
    this.trailingEnd = -1;
    this.enterLine(this.nextStart);
  }

  // ---- Blank and comment lines between values -----------------------------------------------

  /**
   * After a one-line scalar or flow collection: `yaml` appends comment lines indented deeper
   * than the collection holding the value (with the blank lines before them) to the value's
   * range; the rest stay unclaimed (see trailingEnd).
   */
  private settleFlowToken(node: BlockNode, ownerCol: number): void {
    let ls = this.triviaStart;
    let merged = -1;
    while (ls < this.nextStart) {
      const j = this.skipSpaces(ls);
      const next = this.lineAfter(j);
      if (this.code(j) === HASH) {
        if (j - ls <= ownerCol) break;
        merged = next;
      }
      ls = next;
    }
    if (merged !== -1) node.range![2] = merged;
    this.setTrailing(merged !== -1 ? merged : this.triviaStart);
  }

  private setTrailing(from: number): void {
    const end = this.nextTokenStart();
    if (from >= end) {
      this.trailingEnd = -1;
      return;
    }
    let deepest = -1;
    for (let ls = from; ls < this.nextStart; ) {
      const j = this.skipSpaces(ls);
      if (this.code(j) === HASH && j - ls > deepest) deepest = j - ls;
      ls = this.lineAfter(j);
    }
    this.trailingEnd = end;
    this.trailingIndent = deepest;
  }

  /** End of a closing collection: its last value's end, or the unclaimed comment lines it keeps. */
  private closeEnd(col: number, offset: number): number {
    if (this.trailingEnd !== -1 && col !== 0 && this.trailingIndent >= col) {
      const end = this.trailingEnd;
      this.trailingEnd = -1;
      return end;
    }
    return offset;
  }

  /**
   * The null scalar of a missing value at `p` (after its `:`, `-` or `---` and spaces). `yaml`
   * extends its range over the blank and comment lines that follow when they hold a comment;
   * a map value followed by a sibling key only keeps them up to the second line break after
   * its `:` or after its last comment indented deeper than the map (`split`).
   */
  private emptyNode(p: number, lineComment: boolean, split: boolean, col: number): Scalar {
    // Line breaks are counted from the `:` line, or from the last comment deeper than the map.
    let countFrom = -1;
    if (split) {
      for (let ls = this.triviaStart; ls < this.nextStart; ) {
        const j = this.skipSpaces(ls);
        if (this.code(j) === HASH && j - ls > col) countFrom = ls;
        ls = this.lineAfter(j);
      }
    }
    let hasComment = lineComment;
    let end = -1;
    let breaks = countFrom === -1 ? 1 : 0;
    for (let ls = this.triviaStart; ls < this.nextStart; ) {
      const j = this.skipSpaces(ls);
      if (this.code(j) === HASH) hasComment = true;
      if (split && ls >= countFrom && ++breaks === 2) {
        end = this.breakOf(j);
        break;
      }
      ls = this.lineAfter(j);
    }
    if (end === -1) end = this.nextTokenStart();
    this.trailingEnd = -1;
    return this.scalar('', Scalar.PLAIN, [p, p, hasComment ? end : p]);
  }

  // ---- Block collections -------------------------------------------------------------------

  private isSeqIndicator(at: number): boolean {
    return this.code(at) === DASH && this.isBlankAt(at + 1);
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) bail();
  }

  private blockSeq(at: number): YAMLSeq {
    this.enter();
    const col = at - this.ls;
    const start = at;
    const seq = new YAMLSeq(this.schema);
    const values: unknown[] = [];
    let offset = at;
    // Comment lines left between the last item and the next `-` are part of the next item's
    // props in yaml, which makes an empty next item's range reach over its own trailing lines.
    let commentBefore = false;
    for (;;) {
      const item = this.seqItem(at, col, commentBefore);
      seq.items.push(item);
      values.push(this.js);
      offset = item.range![2];
      if (this.nextKind !== CONTENT) break;
      const indent = this.nextIndent();
      if (indent > col) bail();
      if (indent < col || !this.isSeqIndicatorOnNextLine()) break;
      commentBefore = this.trailingEnd !== -1 && this.trailingIndent !== -1;
      this.takeNextLine();
      at = this.nextCol;
    }
    seq.range = [start, offset, this.closeEnd(col, offset)];
    this.depth--;
    this.js = values;
    return seq;
  }

  private isSeqIndicatorOnNextLine(): boolean {
    const c = this.nextCol;
    if (this.code(c) !== DASH) return false;
    const after = this.code(c + 1);
    return c + 1 >= this.len || after === SPACE || after === LF || after === CR;
  }

  private seqItem(at: number, col: number, commentBefore: boolean): BlockNode {
    const j = this.skipSpaces(at + 1);
    if (j >= this.eol || this.code(j) === HASH) {
      const comment = this.endLine(at + 1) || commentBefore;
      this.peek();
      if (this.nextKind === CONTENT && this.nextIndent() > col) {
        this.takeNextLine();
        return this.blockNode(this.nextCol);
      }
      return this.emptyNode(j, comment, false, col);
    }
    if (this.isSeqIndicator(j)) return this.blockSeq(j);
    if (this.code(j) === BANG) return this.tagged(j, col, false);
    if (this.isKey(j)) return this.blockMap(j);
    return this.inlineValue(j, col);
  }

  private blockMap(at: number): YAMLMap {
    this.enter();
    const col = at - this.ls;
    const start = at;
    const map = new YAMLMap(this.schema);
    const obj: Record<string, unknown> = {};
    let offset = at;
    for (;;) {
      const key = this.key(at);
      const value = this.mapValue(this.i, col);
      map.items.push(new Pair(key, value));
      setProperty(obj, key.value, this.js);
      offset = value.range![2];
      if (this.nextKind !== CONTENT) break;
      const indent = this.nextIndent();
      if (indent > col) bail();
      if (indent < col) break;
      // A `-` at the map's own column after a value is an error in yaml.
      if (this.isSeqIndicatorOnNextLine()) bail();
      this.takeNextLine();
      at = this.nextCol;
    }
    map.range = [start, offset, this.closeEnd(col, offset)];
    this.depth--;
    this.js = obj;
    return map;
  }

  /** The value after the `:` at `colon` of a key in a map at column `col`. */
  private mapValue(colon: number, col: number): BlockNode {
    const j = this.skipSpaces(colon + 1);
    if (j >= this.eol || this.code(j) === HASH) {
      const comment = this.endLine(colon + 1);
      this.peek();
      if (this.opensDeeperValue(col)) {
        this.takeNextLine();
        return this.blockNode(this.nextCol);
      }
      const split =
        (this.nextKind === CONTENT && this.nextIndent() === col) ||
        (this.nextKind === DOC_START && col === 0);
      return this.emptyNode(j, comment, split, col);
    }
    if (this.code(j) === BANG) return this.tagged(j, col, true);
    return this.inlineValue(j, col);
  }

  /** Whether the next content line holds the value of a key at `col`: deeper, or a `-` at `col`. */
  private opensDeeperValue(col: number): boolean {
    if (this.nextKind !== CONTENT) return false;
    const indent = this.nextIndent();
    return indent > col || (indent === col && this.isSeqIndicatorOnNextLine());
  }

  // ---- Keys --------------------------------------------------------------------------------

  /** Whether a block mapping key (plain or quoted, then `: ` or `:` at the line end) starts at `at`. */
  private isKey(at: number): boolean {
    const c = this.code(at);
    if (c === SQUOTE || c === DQUOTE) {
      const end = this.quotedEnd(at);
      if (end === -1) return false;
      const m = this.skipSpaces(end);
      return this.code(m) === COLON && this.isBlankAt(m + 1);
    }
    if (!this.plainCanStart(at, false)) return false;
    return this.scanPlainBlock(at) === STOP_COLON;
  }

  /** Reads the key at `at`; leaves `i` at its `:`. */
  private key(at: number): Scalar {
    const c = this.code(at);
    let node: Scalar;
    if (c === SQUOTE || c === DQUOTE) {
      const source = this.quoted(at);
      const end = this.i;
      const m = this.skipSpaces(end);
      if (this.code(m) !== COLON || !this.isBlankAt(m + 1)) bail();
      node = this.scalar(source, quoteType(c), [at, end, end]);
      this.i = m;
    } else {
      if (!this.plainCanStart(at, false) || this.scanPlainBlock(at) !== STOP_COLON) bail();
      const source = this.text.slice(at, this.scanEnd);
      if (source === '<<') bail(); // a merge key to YAML 1.1 readers; not worth the doubt
      node = this.scalar(source, Scalar.PLAIN, [at, this.scanEnd, this.scanEnd]);
      this.i = this.scanStop;
    }
    if (this.i - at > MAX_KEY_LENGTH) bail();
    return node;
  }

  // ---- Values on the line ------------------------------------------------------------------

  /**
   * A tag (`!Ref`...) at `j`, then its value on the same line, or a block collection on the next
   * lines (for a map value, also a `-` list at the key's own column: `seqAtCol`).
   */
  private tagged(j: number, col: number, seqAtCol: boolean): BlockNode {
    const name = this.tagName(j);
    const k = this.i;
    const m = this.skipSpaces(k);
    if (m < this.eol && this.code(m) !== HASH) return this.inlineValue(m, col, name);
    this.endLine(k);
    this.peek();
    if (this.nextKind !== CONTENT) bail();
    const indent = this.nextIndent();
    if (!(indent > col || (seqAtCol && indent === col && this.isSeqIndicatorOnNextLine()))) bail();
    this.takeNextLine();
    const coll = this.blockNode(this.nextCol);
    return this.applyCollectionTag(coll as YAMLMap | YAMLSeq, name);
  }

  /** `!Name` followed by a space or the line end; leaves `i` after the name. */
  private tagName(j: number): string {
    let k = j + 1;
    for (let c = this.code(k); isTagChar(c); c = this.code(++k));
    if (k === j + 1 || !this.isBlankAt(k)) bail();
    this.i = k;
    return this.text.slice(j, k);
  }

  /** A scalar, flow collection or block scalar at `j`, the value of an item of a collection at `col`. */
  private inlineValue(j: number, col: number, tag?: string): BlockNode {
    const c = this.code(j);
    if (c === PIPE || c === GT) return this.blockScalar(j, col, tag);
    let node: BlockNode;
    if (c === LBRACKET || c === LBRACE) {
      node = this.flowCollection(j);
      const end = this.i;
      this.endLine(end);
      node.range![2] = this.lineNext;
      if (tag) node = this.applyCollectionTag(node as YAMLMap | YAMLSeq, tag);
    } else {
      let source: string;
      let type: Scalar.Type;
      if (c === SQUOTE || c === DQUOTE) {
        source = this.quoted(j);
        type = quoteType(c);
      } else {
        // A `: ` in a value would start a nested mapping on the key's line: an error in yaml.
        if (!this.plainCanStart(j, false) || this.scanPlainBlock(j) === STOP_COLON) bail();
        source = this.text.slice(j, this.scanEnd);
        this.i = this.scanEnd;
        type = Scalar.PLAIN;
      }
      const end = this.i;
      this.endLine(end);
      node = this.scalar(source, type, [j, end, this.lineNext], tag);
    }
    this.peek();
    this.settleFlowToken(node, col);
    return node;
  }

  /**
   * The scalar `yaml`'s composeScalar builds for a scalar's `source` (its value before tag
   * resolution): plain scalars resolved by the core schema, quoted and block ones strings, tagged
   * ones by the custom tag. Sets `js` to its plain value.
   */
  private scalar(source: string, type: Scalar.Type, range: Range, tag?: string): Scalar {
    let node: Scalar;
    let format: string | undefined;
    if (tag) {
      const def = this.tags.scalar.get(tag);
      if (!def) bail();
      let failed = false;
      const onError = () => {
        failed = true;
      };
      const res = def.resolve(source, onError, this.docOptions as never);
      if (failed) bail();
      node = isScalar(res) ? res : new Scalar(res);
      format = def.format;
    } else {
      node = type === Scalar.PLAIN ? resolvePlain(source) : new Scalar(source);
    }
    node.range = range;
    node.source = source;
    node.type = type;
    if (tag) node.tag = tag;
    if (format) node.format = format;
    this.js = node.value;
    return node;
  }

  /** As `yaml`'s composeCollection with a custom collection tag (e.g. `!If [...]`). */
  private applyCollectionTag(coll: YAMLMap | YAMLSeq, tag: string): BlockNode {
    const def = (coll instanceof YAMLMap ? this.tags.map : this.tags.seq).get(tag);
    if (!def) bail();
    coll.tag = tag;
    let failed = false;
    const res =
      def.resolve?.(
        coll as never,
        () => {
          failed = true;
        },
        this.docOptions as never,
      ) ?? coll;
    if (failed) bail();
    const node = (isNode(res) ? res : new Scalar(res)) as BlockNode;
    node.range = coll.range as Range;
    node.tag = tag;
    if (def.format) (node as Scalar).format = def.format;
    if (node !== coll) this.js = this.toJS(node);
    return node;
  }

  /** The plain value of a node built by a custom tag, as `doc.toJS()` computes it. */
  private toJS(node: BlockNode): unknown {
    const ctx = {
      anchors: new Map(),
      doc: this.doc,
      keep: true,
      mapAsMap: false,
      mapKeyWarned: false,
      maxAliasCount: 1000,
    };
    return (node as { toJSON(arg: string, ctx: unknown): unknown }).toJSON('', ctx);
  }

  // ---- Scalars -----------------------------------------------------------------------------

  /** Where the plain scalar scanned last ends, and where the scan stopped (a `:` or ` #`). */
  private scanEnd = 0;
  private scanStop = 0;

  /**
   * Scans a plain scalar in block context from `j` as `yaml`'s lexer does on one line: it ends
   * before `: ` (or `:` at the line end), ` #`, or the line end, without trailing spaces.
   */
  private scanPlainBlock(j: number): number {
    const eol = this.eol;
    let end = j;
    for (let k = j; k < eol; k++) {
      const c = this.code(k);
      if (c === COLON) {
        if (k + 1 >= eol || this.code(k + 1) === SPACE) {
          this.scanEnd = end;
          this.scanStop = k;
          return STOP_COLON;
        }
        end = k + 1;
      } else if (c === SPACE) {
        if (this.code(k + 1) === HASH) {
          this.scanEnd = end;
          this.scanStop = k;
          return STOP_COMMENT;
        }
      } else {
        end = k + 1;
      }
    }
    this.scanEnd = end;
    this.scanStop = eol;
    return STOP_EOL;
  }

  /**
   * Whether a plain scalar may start at `j`: not an indicator, not a character `yaml` reports
   * as a bad start, and (`-`, `?`, `:`) not followed by a space or the line end.
   */
  private plainCanStart(j: number, inFlow: boolean): boolean {
    if (j >= this.eol) return false;
    const c = this.code(j);
    if (c < 128 && NOT_PLAIN_START[c]) return false;
    if (c === DASH || c === 63 /* ? */ || c === COLON) {
      const n = this.code(j + 1);
      if (j + 1 >= this.eol || n === SPACE) return false;
      if (inFlow && isFlowIndicator(n)) return false;
    }
    if (inFlow && (c === PIPE || c === GT)) return false;
    return true;
  }

  /** End (after the closing quote) of a quoted scalar at `j`, or -1 when it does not close on this line. */
  private quotedEnd(j: number): number {
    const eol = this.eol;
    if (this.code(j) === SQUOTE) {
      for (let k = j + 1; k < eol; k++) {
        if (this.code(k) === SQUOTE) {
          if (this.code(k + 1) === SQUOTE && k + 1 < eol) k++;
          else return k + 1;
        }
      }
      return -1;
    }
    for (let k = j + 1; k < eol; k++) {
      const c = this.code(k);
      if (c === 92 /* \ */) k++;
      else if (c === DQUOTE) return k + 1;
    }
    return -1;
  }

  /** The value of the one-line quoted scalar at `j`; leaves `i` after its closing quote. */
  private quoted(j: number): string {
    const end = this.quotedEnd(j);
    if (end === -1) bail();
    this.i = end;
    const raw = this.text.slice(j + 1, end - 1);
    if (this.code(j) === SQUOTE) return raw.includes("'") ? raw.replace(/''/g, "'") : raw;
    return raw.includes('\\') ? doubleQuoted(raw) : raw;
  }

  /**
   * A `|` or `>` block scalar whose header is at `j`, in a collection at `col`: the body's extent
   * as `yaml`'s lexer finds it, its value as `yaml`'s resolveBlockScalar computes it.
   */
  private blockScalar(j: number, col: number, tag?: string): Scalar {
    const folded = this.code(j) === GT;
    let k = j + 1;
    let chomp = '';
    const c = this.code(k);
    if (c === DASH || c === PLUS) {
      chomp = c === DASH ? '-' : '+';
      k++;
    }
    if (!this.isBlankAt(k)) bail(); // indentation indicators and other header text
    this.endLine(k);
    const bodyStart = this.lineNext;
    if (bodyStart >= this.len) bail();
    const end = this.blockBody(bodyStart, col + 1, chomp === '+');
    const value = blockScalarValue(this.text.slice(bodyStart, end), folded, chomp, col);
    const type = folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
    const node = this.scalar(value, type, [j, end, end], tag);
    this.pos = end;
    this.peek();
    // A block scalar has no end tokens in yaml: nothing is appended to its range.
    this.setTrailing(this.triviaStart);
    return node;
  }

  /** The end of a block scalar's body starting at `start` (`yaml`'s Lexer.parseBlockScalar). */
  private blockBody(start: number, indentNext: number, keep: boolean): number {
    const t = this.text;
    const first = this.skipSpaces(start);
    const indent = first - start;
    const c = this.code(first);
    // Leading blank lines and empty bodies are left to yaml.
    if (first >= this.len || c === LF || c === CR || indent < indentNext) bail();
    let nl = start - 1;
    for (;;) {
      const cs = this.continueBlock(nl + 1, indent);
      if (cs === -1) break;
      nl = t.indexOf('\n', cs);
      if (nl === -1) {
        nl = this.len;
        break;
      }
    }
    if (!keep) {
      // Drop trailing lines that are not more indented than the content.
      for (;;) {
        let i = nl - 1;
        let ch = t[i];
        if (ch === '\r') ch = t[--i];
        const lastChar = i;
        while (ch === ' ') ch = t[--i];
        if (ch === '\n' && i >= start && i + 1 + indent > lastChar) nl = i;
        else break;
      }
    }
    return Math.min(nl + 1, this.len);
  }

  /** `yaml`'s Lexer.continueScalar for a block scalar indented by `indentNext`. */
  private continueBlock(offset: number, indentNext: number): number {
    let indent = 0;
    let ch = this.code(offset);
    while (ch === SPACE) ch = this.code(offset + ++indent);
    if (ch === CR && this.code(offset + indent + 1) === LF) return offset + indent + 1;
    return ch === LF || indent >= indentNext ? offset + indent : -1;
  }

  // ---- Flow collections --------------------------------------------------------------------

  /**
   * A flow collection at `j` that closes on the same line; leaves `i` after its closing bracket.
   * Items end where the next `,` or bracket is (`yaml` gives them the spaces before it).
   */
  private flowCollection(j: number): YAMLMap | YAMLSeq {
    this.enter();
    const isMap = this.code(j) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const coll = isMap ? new YAMLMap(this.schema) : new YAMLSeq(this.schema);
    coll.flow = true;
    const obj: Record<string, unknown> = {};
    const arr: unknown[] = [];
    let k = this.skipSpaces(j + 1);
    if (this.code(k) !== close) {
      for (;;) {
        if (isMap) {
          const key = this.flowKey(k);
          const value = this.flowItem(this.i);
          (coll as YAMLMap).items.push(new Pair(key, value));
          setProperty(obj, key.value, this.js);
        } else {
          (coll as YAMLSeq).items.push(this.flowItem(k));
          arr.push(this.js);
        }
        const m = this.i;
        const c = this.code(m);
        if (c === close) {
          k = m;
          break;
        }
        if (c !== COMMA) bail();
        k = this.skipSpaces(m + 1);
        if (this.code(k) === close) bail(); // a trailing comma
      }
    }
    k++;
    coll.range = [j, k, k];
    this.i = k;
    this.js = isMap ? obj : arr;
    this.depth--;
    return coll;
  }

  /** A flow map key at `k` and its `:`; leaves `i` at the value (after spaces). */
  private flowKey(k: number): Scalar {
    const c = this.code(k);
    let node: Scalar;
    let end: number;
    if (c === SQUOTE || c === DQUOTE) {
      const source = this.quoted(k);
      end = this.i;
      node = this.scalar(source, quoteType(c), [k, end, end]);
    } else {
      if (!this.plainCanStart(k, true)) bail();
      end = this.scanPlainFlow(k);
      node = this.scalar(this.text.slice(k, end), Scalar.PLAIN, [k, end, end]);
    }
    const m = this.skipSpaces(end);
    if (this.code(m) !== COLON) bail();
    // After a plain key the `:` needs a space (else it is part of the key or an empty value).
    if (node.type === Scalar.PLAIN && this.code(m + 1) !== SPACE) bail();
    this.i = this.skipSpaces(m + 1);
    return node;
  }

  /** A flow item or value at `k`; leaves `i` at the next non-space (a `,` or bracket). */
  private flowItem(k: number): BlockNode {
    let tag: string | undefined;
    if (this.code(k) === BANG) {
      tag = this.tagName(k);
      if (this.code(this.i) !== SPACE) bail();
      k = this.skipSpaces(this.i);
    }
    const c = this.code(k);
    let node: BlockNode;
    if (c === LBRACKET || c === LBRACE) {
      node = this.flowCollection(k);
      const after = this.skipSpaces(this.i);
      node.range![2] = after;
      this.i = after;
      if (tag) node = this.applyCollectionTag(node as YAMLMap | YAMLSeq, tag);
      return node;
    }
    let source: string;
    let type: Scalar.Type;
    let end: number;
    if (c === SQUOTE || c === DQUOTE) {
      source = this.quoted(k);
      type = quoteType(c);
      end = this.i;
    } else {
      if (!this.plainCanStart(k, true)) bail();
      end = this.scanPlainFlow(k);
      source = this.text.slice(k, end);
      type = Scalar.PLAIN;
    }
    const after = this.skipSpaces(end);
    this.i = after;
    return this.scalar(source, type, [k, end, after], tag);
  }

  /**
   * Scans a plain scalar inside a flow collection: it ends before a flow indicator, a `:`
   * followed by a space or flow indicator, ` #`, or the line end; returns its end.
   */
  private scanPlainFlow(k: number): number {
    const eol = this.eol;
    let end = k;
    for (let i = k; i < eol; i++) {
      const c = this.code(i);
      if (c === COLON) {
        const n = this.code(i + 1);
        if (i + 1 >= eol || n === SPACE || isFlowIndicator(n)) break;
        end = i + 1;
      } else if (c === SPACE) {
        if (this.code(i + 1) === HASH) break;
      } else if (isFlowIndicator(c)) {
        break;
      } else {
        end = i + 1;
      }
    }
    return end;
  }
}

/** Characters that cannot start a plain scalar (indicators, and what `yaml` reports as a bad start). */
const NOT_PLAIN_START: boolean[] = (() => {
  const table = new Array<boolean>(128).fill(false);
  for (const ch of ' #{}[]*&!\'"|>,%@`\n\r') table[ch.charCodeAt(0)] = true;
  return table;
})();

function quoteType(c: number): Scalar.Type {
  return c === SQUOTE ? Scalar.QUOTE_SINGLE : Scalar.QUOTE_DOUBLE;
}

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

/** Tag name characters accepted here (a subset of what `yaml` lexes, so both stop at the same place). */
function isTagChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 /* _ */ || c === DASH
  );
}

/** Adds a pair to a plain object as `yaml`'s addPairToJSMap does (keys stringified; `__proto__` as data). */
function setProperty(obj: Record<string, unknown>, key: unknown, value: unknown): void {
  let name: string;
  if (typeof key === 'string') name = key;
  else if (key === null) name = '';
  else if (typeof key === 'object')
    bail(); // a tagged key's object value: left to yaml
  else name = String(key);
  if (name === '__proto__') {
    Object.defineProperty(obj, name, { value, writable: true, enumerable: true, configurable: true });
  } else {
    obj[name] = value;
  }
}

// ---- Core schema (YAML 1.2) plain scalar resolution, as yaml/dist/schema/core ----------------

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Whether a plain scalar starting with this character can be anything but a string. */
function mayBeNonString(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || // digits
    c === PLUS ||
    c === DASH ||
    c === 46 || // .
    c === 126 || // ~
    c === 110 || // n
    c === 78 || // N
    c === 116 || // t
    c === 84 || // T
    c === 102 || // f
    c === 70 // F
  );
}

/** The scalar `yaml`'s core schema resolves a plain scalar to (value, format, minFractionDigits). */
function resolvePlain(src: string): Scalar {
  if (src !== '' && !mayBeNonString(src.charCodeAt(0))) return new Scalar(src);
  if (NULL.test(src)) return new Scalar(null);
  if (BOOL.test(src)) return new Scalar(src[0] === 't' || src[0] === 'T');
  if (INT_OCT.test(src)) return withFormat(new Scalar(Number.parseInt(src.substring(2), 8)), 'OCT');
  if (INT.test(src)) return new Scalar(Number.parseInt(src, 10));
  if (INT_HEX.test(src)) return withFormat(new Scalar(Number.parseInt(src.substring(2), 16)), 'HEX');
  if (FLOAT_NAN.test(src)) {
    const value =
      src.slice(-3).toLowerCase() === 'nan'
        ? Number.NaN
        : src[0] === '-'
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY;
    return new Scalar(value);
  }
  if (FLOAT_EXP.test(src)) return withFormat(new Scalar(Number.parseFloat(src)), 'EXP');
  if (FLOAT.test(src)) {
    const node = new Scalar(Number.parseFloat(src));
    const dot = src.indexOf('.');
    if (dot !== -1 && src[src.length - 1] === '0') node.minFractionDigits = src.length - dot - 1;
    return node;
  }
  return new Scalar(src);
}

function withFormat(node: Scalar, format: string): Scalar {
  node.format = format;
  return node;
}

// ---- Double-quoted escapes, as yaml/dist/compose/resolve-flow-scalar (one line) --------------

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

const HEX_DIGITS = /^[0-9a-fA-F]+$/;

/** The value of a one-line double-quoted scalar's content; escapes `yaml` reports bail. */
function doubleQuoted(raw: string): string {
  let res = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch !== '\\') {
      res += ch;
      continue;
    }
    const next = raw[++i] ?? '';
    const cc = Object.hasOwn(ESCAPES, next) ? ESCAPES[next] : undefined;
    if (cc !== undefined) {
      res += cc;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const digits = raw.substr(i + 1, length);
      if (digits.length !== length || !HEX_DIGITS.test(digits)) bail();
      const code = Number.parseInt(digits, 16);
      if (code > 0x10ffff) bail();
      res += String.fromCodePoint(code);
      i += length;
    } else {
      bail();
    }
  }
  return res;
}

// ---- Block scalar values, as yaml/dist/compose/resolve-block-scalar ---------------------------

/** `[indent, content]` per line, as `yaml`'s splitLines. */
function splitLines(source: string): [string, string][] {
  const split = source.split(/\n( *)/);
  const first = split[0]!;
  const m = first.match(/^( *)/);
  const line0: [string, string] = m?.[1] ? [m[1], first.slice(m[1].length)] : ['', first];
  const lines = [line0];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i]!, split[i + 1]!]);
  return lines;
}

/**
 * The value of a block scalar body (no indentation indicator, no leading blank lines) in a
 * collection at column `parentIndent`; what `yaml` would report an error for bails.
 */
function blockScalarValue(source: string, folded: boolean, chomp: string, parentIndent: number): string {
  const lines = splitLines(source);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i]![1];
    if (content === '' || content === '\r') chompStart = i;
    else break;
  }
  if (chompStart === 0) bail();
  let trimIndent = parentIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i]!;
    if (content === '' || content === '\r') {
      if (indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) bail();
      trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0) bail();
      break;
    }
  }
  // Trailing more-indented empty lines are content.
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i]![0].length > trimIndent) chompStart = i + 1;
  }
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += `${lines[i]![0].slice(trimIndent)}\n`;
  for (let i = contentStart; i < chompStart; ++i) {
    const indent = lines[i]![0];
    let content = lines[i]![1];
    if (content[content.length - 1] === '\r') content = content.slice(0, -1);
    if (content && indent.length < trimIndent) bail();
    if (!folded) {
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
    } else if (indent.length > trimIndent || content[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) value += `\n${lines[i]![0].slice(trimIndent)}`;
    if (value[value.length - 1] !== '\n') value += '\n';
  } else if (chomp !== '-') {
    value += '\n';
  }
  return value;
}
