import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { Language, type Node, Parser } from 'web-tree-sitter';
import { type EvalContext, evaluate } from './evaluate.js';
import type { HclBody } from './hcl-ast.js';
import { parseHcl, parseHclExpression } from './parse-hcl.js';
import { Unknown } from './values.js';

const NO_SCOPE: EvalContext = {
  scope: {
    variable: () => new Unknown('variable'),
    local: () => new Unknown('error'),
    module: () => new Unknown('module'),
    data: () => new Unknown('data'),
    prefix: '',
    paths: {},
  },
  frame: null,
};

/** Value of a literal-ish expression, for asserting on parsed strings. */
function value(src: string) {
  const { expr, errors } = parseHclExpression(src);
  expect(errors).toEqual([]);
  return evaluate(expr, NO_SCOPE);
}

describe('parseHcl: structure', () => {
  it('parses blocks, labels and attributes with exact offsets', () => {
    const text =
      'resource "aws_s3_bucket" "b" {\n  bucket = "x" # comment\n  versioning {\n    enabled = true\n  }\n}\n';
    const { body, errors } = parseHcl(text);
    expect(errors).toEqual([]);
    const r = body.blocks[0]!;
    expect(r.type).toBe('resource');
    expect(r.labels).toEqual(['aws_s3_bucket', 'b']);
    expect(text.slice(r.s, r.e)).toBe(text.trimEnd());
    const a = r.body.attributes[0]!;
    expect(text.slice(a.s, a.e)).toBe('bucket = "x"');
    const v = r.body.blocks[0]!;
    expect(v.type).toBe('versioning');
    expect(text.slice(v.body.attributes[0]!.s, v.body.attributes[0]!.e)).toBe('enabled = true');
  });

  it('handles one-line blocks, identifier labels, all comment styles', () => {
    const text = '/* head\n */ locals { a = 1 }\n// x\nblock ident "q" {}\n# y\n';
    const { body, errors } = parseHcl(text);
    expect(errors).toEqual([]);
    expect(body.blocks.map((b) => [b.type, b.labels])).toEqual([
      ['locals', []],
      ['block', ['ident', 'q']],
    ]);
    expect(body.blocks[0]!.body.attributes[0]!.name).toBe('a');
  });

  it('keeps CRLF files intact', () => {
    const { body, errors } = parseHcl('a = 1\r\nb = "x"\r\n');
    expect(errors).toEqual([]);
    expect(body.attributes.map((a) => a.name)).toEqual(['a', 'b']);
  });
});

describe('parseHcl: expressions', () => {
  it('parses strings with escapes and literal ${ and %{', () => {
    expect(value('"a\\n\\"b\\u00e9 $${x} %%{y}"')).toBe('a\n"bé ${x} %{y}');
  });

  it('parses heredocs, dedenting <<- by the smallest indentation', () => {
    expect(value('<<EOT\n  a\n b\nEOT')).toBe('  a\n b\n');
    expect(value('<<-EOT\n    a\n      b\n    EOT')).toBe('a\n  b\n');
    expect(value('<<-EOT\n    x=${1 + 1}\n  EOT')).toBe('x=2\n');
  });

  it('evaluates template directives and strip markers', () => {
    expect(value('"%{ if true }yes%{ else }no%{ endif }"')).toBe('yes');
    expect(value('"%{ for x in [1, 2] }<${x}>%{ endfor }"')).toBe('<1><2>');
    expect(value('"a  ${~ "b" ~}  c"')).toBe('abc');
  });

  it('respects operator precedence and unary minus', () => {
    expect(value('1 + 2 * 3')).toBe(7);
    expect(value('-1 + 2')).toBe(1);
    expect(value('!false && 1 < 2 || false')).toBe(true);
    expect(value('(1 + 2) * 3 == 9 ? "yes" : "no"')).toBe('yes');
    expect(value('5 % 3 - 1 >= 1')).toBe(true);
  });

  it('parses tuples, objects (= and :, bare and quoted keys), for expressions and splats', () => {
    expect(value('[1, "a", [true],]')).toEqual([1, 'a', [true]]);
    expect(value('{ a = 1, "b" : 2\n c = 3 }')).toEqual({ a: 1, b: 2, c: 3 });
    expect(value('[for s in ["a", "b", ""] : upper(s) if s != ""]')).toEqual(['A', 'B']);
    expect(value('{for k, v in { a = 1, b = 2 } : v => k}')).toEqual({ 1: 'a', 2: 'b' });
    expect(value('{for s in ["a", "b", "a"] : s => s...}')).toEqual({ a: ['a', 'a'], b: ['b'] });
    expect(value('[{ id = 1 }, { id = 2 }][*].id')).toEqual([1, 2]);
    expect(value('[{ id = 1 }].*.id')).toEqual([1]);
    expect(value('[[1, 2]].0.1')).toBe(2);
  });

  it('parses function calls with expansion and provider functions', () => {
    expect(value('max([3, 9, 2]...)')).toBe(9);
    const { expr } = parseHclExpression('provider::aws::arn_parse("x")');
    expect(expr.k === 'call' && expr.name).toBe('provider::aws::arn_parse');
  });

  it('reads HCL identifiers with dashes as one name', () => {
    const { expr } = parseHclExpression('var.my-name');
    expect(expr.k === 'attr' && expr.name).toBe('my-name');
  });
});

describe('parseHcl: malformed input never throws and keeps what parsed', () => {
  const cases: [string, string, RegExp][] = [
    ['unterminated string', 'a = 1\nb = "open\nc = 3\n', /unterminated string/],
    ['unterminated block', 'resource "x" "y" {\n  a = 1\n', /missing "}"/],
    ['unterminated heredoc', 'a = 1\nb = <<EOT\nline\n', /heredoc/],
    ['missing value', 'a = 1\nb =\nc = 3\n', /expected an expression/],
    ['stray brace', 'a = 1\n}\nc = 3\n', /unexpected "}"/],
    ['unterminated comment', 'a = 1\n/* never closed', /comment/],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => {
      const { body, errors } = parseHcl(text);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.map((e) => e.message).join('\n')).toMatch(message);
      for (const e of errors) expect(e.offset).toBeLessThanOrEqual(text.length);
      const names = [...body.attributes, ...body.blocks.flatMap((b) => b.body.attributes)].map((a) => a.name);
      expect(names).toContain('a');
    });
  }

  it('survives binary junk, huge lines and deep nesting', () => {
    const junk = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    expect(() => parseHcl(junk)).not.toThrow();
    const huge = `a = "${'x'.repeat(1_000_000)}"\n`;
    expect(parseHcl(huge).body.attributes[0]?.name).toBe('a');
    const deep = `a = ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const r = parseHcl(deep);
    expect(r.errors.some((e) => /too deeply/.test(e.message))).toBe(true);
    const blocks = `${'b {\n'.repeat(3000)}${'}\n'.repeat(3000)}`;
    expect(() => parseHcl(blocks)).not.toThrow();
  });
});

/** Differential test: the structure this parser finds must match the tree-sitter HCL grammar. */
describe('parseHcl agrees with the tree-sitter HCL grammar', () => {
  let parser: Parser;
  beforeAll(async () => {
    await Parser.init();
    const require = createRequire(import.meta.url);
    const lang = await Language.load(
      require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'),
    );
    parser = new Parser();
    parser.setLanguage(lang);
  });

  function mine(body: HclBody, out: string[] = []): string[] {
    const items: { s: number; line: string; nested?: HclBody }[] = [
      ...body.attributes.map((a) => ({ s: a.s, line: `attr ${a.name} ${a.s}-${a.e}` })),
      ...body.blocks.map((b) => ({ s: b.s, line: `block ${b.type} ${b.s}-${b.e}`, nested: b.body })),
    ].sort((x, y) => x.s - y.s);
    for (const i of items) {
      out.push(i.line);
      if (i.nested) mine(i.nested, out);
    }
    return out;
  }

  function theirs(node: Node, out: string[] = []): string[] {
    for (const c of node.namedChildren) {
      if (!c) continue;
      if (c.type === 'attribute') out.push(`attr ${c.namedChildren[0]?.text} ${c.startIndex}-${c.endIndex}`);
      else if (c.type === 'block') {
        out.push(`block ${c.namedChildren[0]?.text} ${c.startIndex}-${c.endIndex}`);
        const body = c.namedChildren.find((x) => x?.type === 'body');
        if (body) theirs(body, out);
      } else if (c.type === 'body') theirs(c, out);
    }
    return out;
  }

  const corpus = [
    'resource "aws_instance" "web" {\n  ami = "ami-1" # c\n  tags = { Name = "é", "k" = local.x[0].y, (var.k) = 1 }\n  metadata_options {\n    http_tokens = "required"\n  }\n}\n',
    'locals {\n  l = [for s in var.list : upper(s) if s != ""]\n  m = {for k, v in var.m : k => v...}\n  sp = aws_instance.x[*].id\n  n = -1 + 2 * 3\n}\n',
    'variable "x" {\n  type = list(object({ a = string }))\n  default = []\n}\n\noutput "o" {\n  value = var.x == null ? "a" : "b"\n}\n',
    'resource "aws_iam_policy" "p" {\n  policy = <<-EOT\n    {"a": "${var.x}"}\n    %{ if true }x%{ endif }\n  EOT\n}\n',
    'resource "aws_security_group" "s" {\n  dynamic "ingress" {\n    for_each = var.rules\n    content {\n      from_port = ingress.value.port\n    }\n  }\n}\n',
    'provider "aws" {\n  region = "eu-west-1"\n}\nterraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "~> 5.0" }\n  }\n}\n',
  ];
  corpus.forEach((text, i) => {
    it(`sample ${i + 1}`, () => {
      const r = parseHcl(text);
      expect(r.errors).toEqual([]);
      const tree = parser.parse(text);
      expect(tree).not.toBeNull();
      expect(mine(r.body)).toEqual(theirs(tree!.rootNode));
      tree!.delete();
    });
  });
});

describe('parseHcl speed', () => {
  it('parses a 300 KB file in well under half a second, even on a busy machine', () => {
    const block = `resource "aws_s3_bucket" "b%" {\n  bucket = "x-\${var.env}-%"\n  tags   = merge(local.tags, { Name = "abc" })\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "*" }] })\n}\n`;
    let text = '';
    for (let i = 0; i < 1000; i++) text += block.replaceAll('%', String(i));
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const r = parseHcl(text);
      best = Math.min(best, performance.now() - t0);
      expect(r.body.blocks).toHaveLength(1000);
    }
    expect(best).toBeLessThan(500);
  });
});
