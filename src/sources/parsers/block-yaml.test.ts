import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Document, Node } from 'yaml';
import { composeWithYaml, dumpYamlNode } from '../../../test/support/yaml-parity.js';
import { blockYamlAsYaml } from './block-yaml.js';
import { CFN_TAGS } from './cloudformation/intrinsic-tags.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

type Tags = readonly unknown[] | undefined;

const dump = dumpYamlNode;

function dumpDoc(doc: Document.Parsed): unknown {
  return { range: doc.range, contents: dump(doc.contents) };
}

/** What parseYamlStream (yaml-source.ts) gets from `yaml`. */
const viaYaml = (text: string, customTags?: Tags): Document.Parsed[] => composeWithYaml(text, customTags);

const toJS = (doc: Document.Parsed) => doc.toJS({ maxAliasCount: 1000 });

/** Deep equality that also tells -0 from 0 and class instances from plain objects. */
function expectSame(actual: unknown, expected: unknown, label: string): void {
  if (isDeepStrictEqual(actual, expected)) return;
  expect(actual, label).toEqual(expected);
  expect.fail(`${label}: equal to toEqual only (-0 and 0, or prototypes)`);
}

/**
 * The fast path either leaves the text to `yaml` (undefined), or `yaml` reports nothing and
 * every document is the same: node for node, ranges, document ranges and plain values.
 * Returns whether the fast path took the text.
 */
function checkParity(text: string, customTags?: Tags, label = JSON.stringify(text).slice(0, 400)): boolean {
  const fast = blockYamlAsYaml(text, customTags ? { customTags } : {});
  if (!fast) return false;
  const slow = viaYaml(text, customTags);
  const problems = slow.flatMap((d) => [...d.errors, ...d.warnings].map((e) => e.message));
  expect(problems, label).toEqual([]);
  expectSame(fast.docs.map(dumpDoc), slow.map(dumpDoc), label);
  const values = slow.map(toJS);
  expectSame(fast.values, values, label);
  expectSame(fast.docs.map(toJS), values, label);
  for (const doc of fast.docs) {
    expect(doc.errors, label).toEqual([]);
    expect(doc.warnings, label).toEqual([]);
  }
  return true;
}

function expectAccepted(text: string, customTags?: Tags): void {
  expect(checkParity(text, customTags), `not accepted: ${JSON.stringify(text)}`).toBe(true);
}

const SAMPLES: readonly string[] = [
  // Maps, nesting, indentation widths.
  'a: 1\n',
  'a: 1',
  'a: 1\nb:\n  c: 2\n  d:\n      e: x\nf: end\n',
  'a:\n b:\n  c:\n   d: deep\n',
  '  indented: root\n  second: 2\n',
  'key with spaces: v\n"quoted: key": v\n\'single # key\': v\n"": empty key\n',
  'a : spaced colon\nb:    many spaces\n',
  'url: http://example.com:8080/path?q=1#frag\ncolon:in:value: x\n',
  'dup: 1\ndup: 2\n__proto__: p\nconstructor: c\n',
  '1: one\n2.5: float key\ntrue: bool key\nnull: null key\n~: tilde key\n0x1F: hex key\n',
  // Sequences.
  '- a\n- b\n-  c\n',
  'list:\n- same indent\n- as key\nnext: 1\n',
  'list:\n  - indented\n  - seq\n',
  '- - nested\n  - seq\n- - - three\n',
  '- k: v\n  k2: v2\n- k: w\n  sub:\n    - x\n    -   y: 1\n        z: 2\n',
  '-   wide: 1\n    dash: 2\n',
  // Empty values: at the end, before siblings, with comments and blank lines.
  'a:\n',
  'a:',
  'a:   ',
  'a:\nb:\n',
  'a: # c\nb: 1\n',
  'a: # c\n\nb: 1\n',
  'a:\n  # deeper comment\nb: 1\n',
  'a:\n# col 0 comment\nb: 1\n',
  'a:\n\n  # c\n\n  # d\n\nb: 1\n',
  'p:\n  a:\n  # c\nq: 1\n',
  '-\n- b\n-\n',
  '- a\n-\n  # c\n- b\n',
  '- a\n# c\n-\n- b\n',
  '- # c\n- x\n',
  // Comments and blank lines after values.
  'a: 1 # trailing\nb: "x" # after quote\nc: [1] # after flow\n',
  'a: 1\n  # indented comment joins the value\nb: 2\n',
  'a: 1\n\n    # after a blank line\n\n# col 0\nb: 2\n',
  'p:\n  a:\n    b: 1\n    # kept by the inner map\n  x: 2\n',
  'p:\n  a:\n    b: 1\n  # moves out\n  x: 2\n',
  'p:\n  a:\n    b: 1\n    # at end\n',
  '# only a leading comment\n\na: 1\n\n\n# trailing\n',
  'a: 1   \nb: 2\t'.replace('\t', ' '),
  // Scalars: numbers of every format, bools, nulls, strings that look like them.
  'n: [0, -0, +1, 007, 1_000, 12345678901234567890, 0o17, 0o8, 0x1F, 0xg, 0b1]\n',
  'f: [1.50, .5, 5., -2.5E-3, 1e3, 1.0e+3, .inf, -.Inf, +.INF, .nan, .NaN, .NAN, 1.2.3]\n',
  'b: [true, True, TRUE, false, False, FALSE, yes, no, on, off, tRUE]\n',
  'z: [null, Null, NULL, ~, nULL, "null", \'~\']\n',
  'plain: -dash\nq: ?q\nc: :c\nhash: a#b\nbraces: a]b}c{d[\ncomma: a, b\n',
  'sq: \'it\'\'s\'\ndq: "esc \\n \\t \\u00e9 \\x41 \\" \\\\ \\/ \\U0001F600"\nhashes: "a # b"\nempty: ""\n',
  'dq: "\\0\\a\\b\\e\\f\\r\\v\\N\\_\\L\\P\\ "\n',
  // Block scalars.
  'run: |\n  echo one\n  echo two\nnext: x\n',
  'run: |-\n  a\n\n  b\n\n\nnext: x\n',
  'run: |+\n  a\n\n\nnext: x\n',
  'f: >\n  folded\n  text\n\n  para\n    more indented\n  back\n',
  'f: >-\n  a\n  b\nf2: >+\n  c\n\n',
  'run: | # header comment\n  x\n',
  'seq:\n  - |\n    in a seq\n  - >-\n    folded\n',
  'a: |\n  x\n  # not a comment\n  y\nb: 1\n',
  'a: |\n  x\n\n',
  'a: |\n  x\n   \n      \n  \nb: 1\n',
  'a: |\n    deep\n  ',
  // Flow collections on one line.
  'e: []\nm: {}\ns: [ ]\nflow: [a, b c, "q", \'s\', [n, [m]], {k: v}]\nmap: { k: v, "q":1, n: [1, 2] }\n',
  'x: [a:b, http://x, a#b, "]", \'}\']\n',
  // Implicit keys up to yaml's 1024-character limit.
  `${'k'.repeat(1024)}: v\n"${'q'.repeat(1022)}": v\n`,
  // Documents.
  '---\na: 1\n',
  '--- # doc comment\na: 1\n---\nb: 2\n',
  'a: 1\n---\n',
  '---\n',
  '---\n# only a comment\n---\na: 1\n',
  '# c\n---\n- x\n--- \n- y\n',
  '---a: not a marker\n...b: nor this\n',
  // CRLF.
  'a: 1\r\nb:\r\n  - x\r\n  - "y"\r\nc: |\r\n  line\r\n\r\n  two\r\n# c\r\n',
  // CloudFormation tags.
  'a: !Ref Res\nb: !GetAtt Res.Arn.Deep\nc: !Sub "${AWS::Region}"\nd: !Sub |\n  x ${Y}\n',
  'v: !If [Cond, !Ref A, !Ref "AWS::NoValue"]\nj: !Join ["", [a, !Ref B]]\ne: !Equals [!Ref C, x]\n',
  'v: !If\n  - Cond\n  - a\n  - b\nm: !FindInMap\n- Map\n- !Ref K\n- k\nn: !Not\n  - !Condition C\n',
  '- !Ref A\n- !Select [0, !GetAZs ""]\n- !Base64\n    Fn::Sub: x\n',
];

const BAILS: readonly string[] = [
  '',
  '# only comments\n',
  '\n\n',
  'just a scalar\n',
  '"quoted root"\n',
  '[flow, root]\n',
  'a: &anchor 1\nb: *anchor\n',
  'base: &b {x: 1}\nother:\n  <<: *b\n',
  '<<: {x: 1}\n',
  '? complex\n: key\n',
  'a:\tb\n',
  '\uFEFFa: 1\n',
  '%YAML 1.2\n---\na: 1\n',
  'a: 1\n...\n',
  'a: 1\rb: 2\n',
  'a: multi\n  line plain\n',
  'a: "multi\n  line"\n',
  'a: [multi,\n  line]\n',
  'a: !!str 1\n',
  'a: !Unknown x\n',
  'a: |2\n  explicit indent\n',
  'a: |\n\n  leading blank line\n',
  'a: |\nb: empty block scalar\n',
  'a: b: c\n',
  'a: 1\n  b: 2\n',
  '- a\n b\n',
  'a: "x"y\n',
  'a: "x"#c\n',
  'a: [a,]\n',
  'a: {k}\n',
  'a: @x\n',
  'a: `x`\n',
  'a: %x\n',
  'name: {{ .Values.name }}\n',
  'a:\n  - x\n  b: 1\n',
  '- a\n- b: 1\n  - c\n',
  'a: 1\n\u0085b: 2\n',
  `${'k'.repeat(1025)}: over the key limit\n`,
  '--- a: 1\n',
  'k: !Ref\nj: 1\n',
  '- !If\n- a\n',
  'a: !If[x]\n',
];

describe('blockYamlAsYaml', () => {
  it('builds the same documents as yaml for the samples', () => {
    for (const text of SAMPLES) expectAccepted(text, CFN_TAGS);
  });

  it('builds the same documents without custom tags, and leaves tags it does not know to yaml', () => {
    for (const text of SAMPLES) {
      if (text.includes('!')) expect(blockYamlAsYaml(text), text).toBeUndefined();
      else expectAccepted(text);
    }
  });

  it('builds the same documents with CRLF line ends', () => {
    for (const text of SAMPLES) expectAccepted(text.replace(/\r?\n/g, '\r\n'), CFN_TAGS);
  });

  it('leaves everything outside the subset to yaml', () => {
    for (const text of BAILS) expect(blockYamlAsYaml(text, { customTags: CFN_TAGS }), text).toBeUndefined();
  });

  it('applies custom tags as yaml does: the tag on the node, the collection wrapped, the range kept', () => {
    const text = 'a: !Ref X\nb: !If [C, 1, 2]\n';
    const fast = blockYamlAsYaml(text, { customTags: CFN_TAGS })!;
    expect(fast.values).toEqual([{ a: { Ref: 'X' }, b: { 'Fn::If': ['C', 1, 2] } }]);
    const [a, b] = (fast.docs[0]!.contents as unknown as { items: { value: Node }[] }).items;
    // yaml's ranges start at the node itself, after its tag.
    expect([a!.value.tag, a!.value.range]).toEqual(['!Ref', [8, 9, 10]]);
    expect([b!.value.tag, b!.value.range]).toEqual(['!If', [17, 26, 27]]);
    expect(checkParity(text, CFN_TAGS)).toBe(true);
  });

  it('builds the same documents as yaml for every fixture and example, and takes the plain ones', () => {
    const files = [...yamlFiles(join(ROOT, 'test', 'fixtures')), ...yamlFiles(join(ROOT, 'examples'))];
    let accepted = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const name = relative(ROOT, file);
      const tags = /cloudformation/.test(name) ? CFN_TAGS : undefined;
      const took = checkParity(text, tags, name);
      checkParity(text.replace(/\r?\n/g, '\r\n'), tags, `${name} (CRLF)`);
      if (took) accepted++;
      // Files of the common kinds that use nothing outside the subset (no anchors, aliases,
      // merge keys or Helm templates) must take the fast path.
      const plain = !/(^|\s)[&*][\w-]|<<:|\{\{/m.test(text);
      if (plain && /cloudformation|kubernetes|k8s|compose|workflows/.test(name)) {
        expect(took, `${name} should be accepted`).toBe(true);
      }
    }
    expect(files.length).toBeGreaterThan(20);
    expect(accepted).toBeGreaterThanOrEqual(files.length - 4);
  });

  it('builds the same documents as yaml for random block YAML, and for mutations of it', () => {
    const random = makeRandom(20240611);
    let mutatedAccepted = 0;
    let mutated = 0;
    for (let k = 0; k < 400; k++) {
      const withTags = k % 4 !== 0;
      const text = generate(random, withTags);
      const tags = withTags ? CFN_TAGS : undefined;
      // The generator writes only the subset: every document must take the fast path.
      expectAccepted(text, tags);
      for (let m = 0; m < 6; m++) {
        mutated++;
        if (checkParity(mutate(random, text), tags)) mutatedAccepted++;
      }
    }
    // Enough mutations stay valid that the comparison is not vacuous.
    expect(mutatedAccepted).toBeGreaterThan(mutated / 10);
  });

  it('survives hostile inputs', () => {
    const deepSeq = `${'- '.repeat(100_000)}x\n`;
    const deepFlow = `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const deepMap = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    for (const text of [deepSeq, deepFlow, deepMap]) expect(blockYamlAsYaml(text)).toBeUndefined();

    const random = makeRandom(99);
    const bytes = Array.from({ length: 20_000 }, () => String.fromCharCode(random.int(256))).join('');
    expect(blockYamlAsYaml(bytes)).toBeUndefined();
    for (let k = 0; k < 50; k++) {
      const junk = Array.from({ length: 200 }, () => random.pick(JUNK)).join('');
      checkParity(junk, CFN_TAGS);
    }
  });

  // Most of the time goes to yaml parsing the same 5 MB for the comparison.
  it('builds a 5 MB document as yaml does', { timeout: 60_000 }, () => {
    const text = bigTemplate(5_000_000);
    expect(text.length).toBeGreaterThan(5_000_000);
    expectAccepted(text, CFN_TAGS);
  });
});

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

const JUNK = [
  'a',
  ':',
  ' ',
  '\n',
  '- ',
  '#',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '!Ref ',
  '|',
  '>',
  '---\n',
  '  ',
];

/** A CloudFormation-like template of about `size` characters. */
function bigTemplate(size: number): string {
  const parts = ['AWSTemplateFormatVersion: "2010-09-09"\n# generated\nResources:\n'];
  let length = parts[0]!.length;
  for (let i = 0; length < size; i++) {
    const part = [
      `  Bucket${i}:`,
      '    Type: AWS::S3::Bucket',
      '    Properties:',
      `      BucketName: !Sub "app-${i}-\${AWS::Region}"`,
      '      Tags:',
      `        - { Key: index, Value: ${i} }`,
      '        - Key: env # trailing comment',
      "          Value: 'prod'",
      '      Policy: !If',
      '        - IsProd',
      `        - !GetAtt Role${i}.Arn`,
      '        - !Ref "AWS::NoValue"',
      '      Script: |',
      `        echo ${i}`,
      '        exit 0',
      '',
    ].join('\n');
    parts.push(`${part}\n`);
    length += part.length + 1;
  }
  return parts.join('');
}

// ---- Random block YAML ------------------------------------------------------------------------

type Random = ReturnType<typeof makeRandom>;

function makeRandom(seed: number) {
  let s = seed >>> 0;
  const rnd = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { rnd, int, pick };
}

const PLAIN = [
  'a',
  'abc',
  'hello world',
  'a:b',
  'http://x.y/z?q=1',
  'a#b',
  '-1',
  '+1',
  '0',
  '-0',
  '007',
  '0o17',
  '0o8',
  '0x1F',
  '0xg',
  '1.50',
  '.5',
  '5.',
  '1e3',
  '-2.5E-3',
  '1_000',
  '-.inf',
  '.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  'null',
  'Null',
  'NULL',
  '~',
  'true',
  'False',
  'TRUE',
  'yes',
  'on',
  '12345678901234567890',
  '3.14159',
  'x-y',
  '$var',
  '${{ github.ref }}',
  '-x',
  ':x',
  '?x',
  '---x',
  'a,b',
  'a]b',
  'a}b',
  'a{b',
  'é',
  'arn:aws:s3:::bucket/*',
  "it's",
  'a - b',
];
const FLOW_PLAIN = [
  'a',
  'abc',
  'b c',
  'a:b',
  '1',
  '-2',
  '1.0',
  '0x1F',
  'true',
  'null',
  '~',
  'é',
  'x-y',
  '.inf',
  '$v',
];
const QUOTED = [
  "'single'",
  "'it''s'",
  "''",
  '""',
  '"dq"',
  '"a # b"',
  '"esc \\n \\t \\u00e9 \\x41 \\" \\\\ \\/"',
  '"\\U0001F600"',
  "'a: b'",
  '"key: [x]"',
  "'#'",
  "'  padded  '",
];
const KEYS = [
  'a',
  'b',
  'key',
  'Key With Spaces',
  'x-y',
  'x.y',
  '1',
  '2.5',
  'true',
  'null',
  '~',
  '"quoted: key"',
  "'it''s'",
  '"a #b"',
  '""',
  'on',
  'Resources',
  'Type',
  '__proto__',
  'constructor',
  '-k',
  'k?',
];
const SCALAR_TAGS = ['!Ref', '!Sub', '!GetAtt', '!Base64', '!ImportValue', '!Condition'];
const COLL_TAGS = ['!If', '!Join', '!Equals', '!Sub', '!Select', '!FindInMap', '!And', '!Not', '!Split'];
const COMMENTS = ['# c', '#', '# a: b', '#x', '# - item', "# 'q'"];
const BLOCK_LINES = ['echo hi', 'line: two', '# not a comment', 'x', 'a  b', "'q'", '- dash', 'tail '];

/** A random stream of documents using only the subset: maps, sequences, scalars, comments, tags. */
function generate(r: Random, withTags: boolean): string {
  const { rnd, int, pick } = r;
  const lines: string[] = [];
  const sp = (n: number) => ' '.repeat(n);
  const step = () => pick([1, 2, 2, 2, 3, 4]);
  const tag = (tags: readonly string[], p: number) => (withTags && rnd() < p ? `${pick(tags)} ` : '');
  const trailing = () =>
    (rnd() < 0.15 ? sp(1 + int(3)) + pick(COMMENTS) : '') + (rnd() < 0.1 ? sp(1 + int(2)) : '');
  // Blank and comment lines between content lines, at any indent.
  const trivia = (indent: number) => {
    while (rnd() < 0.25) {
      if (rnd() < 0.5) lines.push(sp(int(3) === 0 ? int(6) : 0));
      else lines.push(sp(Math.max(0, indent + int(7) - 3)) + pick(COMMENTS));
    }
  };
  const scalar = () => (rnd() < 0.3 ? pick(QUOTED) : pick(PLAIN));
  const flow = (depth: number): string => {
    const n = int(4);
    const gap = () => pick(['', ' ', '  ']);
    const item = (): string =>
      depth < 3 && rnd() < 0.25
        ? tag(COLL_TAGS, 0.2) + flow(depth + 1)
        : tag(SCALAR_TAGS, 0.15) + (rnd() < 0.3 ? pick(QUOTED) : pick(FLOW_PLAIN));
    if (rnd() < 0.5) {
      const items = Array.from({ length: n }, () => gap() + item() + gap());
      return `[${items.join(',')}${n === 0 ? gap() : ''}]`;
    }
    const entries = Array.from(
      { length: n },
      (_, i) => `${gap()}${rnd() < 0.3 ? `"k${i}"` : `k${i}`}${rnd() < 0.2 ? ' ' : ''}: ${item()}${gap()}`,
    );
    return `{${entries.join(',')}${n === 0 ? gap() : ''}}`;
  };
  const blockScalar = (prefix: string, indent: number) => {
    lines.push(prefix + pick(['|', '|-', '|+', '>', '>-', '>+']) + (rnd() < 0.2 ? '  # h' : ''));
    const inner = indent + step();
    const n = 1 + int(4);
    for (let i = 0; i < n; i++) {
      const extra = i > 0 && rnd() < 0.2 ? int(4) : 0;
      lines.push(sp(inner + extra) + pick(BLOCK_LINES));
      if (i < n - 1 && rnd() < 0.25) lines.push(sp(pick([0, inner, inner + 2])));
    }
    while (rnd() < 0.3) lines.push(sp(pick([0, 1, inner, inner + 1, inner + 3])));
  };
  // The value after `prefix` (`key: ` or `- `) of an item of a collection at `indent`.
  const value = (prefix: string, indent: number, depth: number, inSeq: boolean) => {
    const roll = rnd();
    if (depth < 5 && roll < 0.3) {
      lines.push(prefix.trimEnd() + (withTags && rnd() < 0.1 ? ` ${pick(COLL_TAGS)}` : '') + trailing());
      trivia(indent);
      if (!inSeq && rnd() < 0.3) seq(indent, depth + 1);
      else if (rnd() < 0.5) map(indent + step(), depth + 1);
      else seq(indent + step(), depth + 1);
    } else if (roll < 0.4) {
      lines.push(prefix.trimEnd() + trailing());
    } else if (roll < 0.5) {
      blockScalar(prefix + tag(SCALAR_TAGS, 0.1), indent);
    } else if (roll < 0.6) {
      lines.push(prefix + tag(COLL_TAGS, 0.2) + flow(0) + trailing());
    } else {
      lines.push(prefix + tag(SCALAR_TAGS, 0.25) + scalar() + trailing());
    }
  };
  const map = (indent: number, depth: number, first?: string) => {
    const n = 1 + int(4);
    for (let i = 0; i < n; i++) {
      const lead = i === 0 && first !== undefined ? first : sp(indent);
      value(`${lead}${pick(KEYS)}${rnd() < 0.1 ? ' ' : ''}: `, indent, depth, false);
      if (i < n - 1) trivia(indent);
    }
  };
  const seq = (indent: number, depth: number, first?: string) => {
    const n = 1 + int(4);
    for (let i = 0; i < n; i++) {
      const lead = i === 0 && first !== undefined ? first : sp(indent);
      const dash = `${lead}-${sp(1 + (rnd() < 0.2 ? int(3) : 0))}`;
      const roll = rnd();
      if (depth < 5 && roll < 0.2) map(dash.length, depth + 1, dash);
      else if (depth < 5 && roll < 0.27) seq(dash.length, depth + 1, dash);
      else value(dash, indent, depth, true);
      if (i < n - 1) trivia(indent);
    }
  };
  const docs = 1 + (rnd() < 0.3 ? int(3) : 0);
  if (rnd() < 0.2) lines.push('# leading comment', '');
  for (let d = 0; d < docs; d++) {
    if (d > 0 || rnd() < 0.3) lines.push(`---${rnd() < 0.2 ? ' # doc' : ''}`);
    trivia(0);
    if (d > 0 && rnd() < 0.1) continue; // an empty document
    const root = rnd() < 0.15 ? step() : 0;
    if (rnd() < 0.7) map(root, 0);
    else seq(root, 0);
    trivia(0);
  }
  const eol = rnd() < 0.15 ? '\r\n' : '\n';
  return lines.join(eol) + (rnd() < 0.8 ? eol : '');
}

const INSERTS = [
  ': ',
  ':',
  '#',
  ' #',
  '&',
  '*',
  "'",
  '"',
  '[',
  ']',
  '{',
  '}',
  ',',
  '\t',
  ' ',
  '  ',
  '\n',
  '- ',
  '-',
  '!',
  '!!str ',
  '|',
  '>',
  '%',
  '@',
  '`',
  '---\n',
  '...\n',
  '\r',
  '\\',
  '? ',
  '<<: ',
  'x',
  '\n  ',
  '\uFEFF',
];

/** Deletes or inserts characters, or re-indents a line, one to three times. */
function mutate(r: Random, text: string): string {
  const { rnd, int, pick } = r;
  let t = text;
  for (let k = 1 + int(3); k > 0; k--) {
    const at = int(t.length + 1);
    const roll = rnd();
    if (roll < 0.3) {
      t = t.slice(0, at) + t.slice(at + 1 + int(3));
    } else if (roll < 0.75) {
      t = t.slice(0, at) + pick(INSERTS) + t.slice(at);
    } else {
      const ls = t.lastIndexOf('\n', at - 1) + 1;
      t =
        rnd() < 0.5
          ? t.slice(0, ls) + ' '.repeat(1 + int(3)) + t.slice(ls)
          : t.slice(0, ls) + t.slice(ls).replace(/^ {1,3}/, '');
    }
  }
  return t;
}
