import { describe, expect, it } from 'vitest';
import { type EvalContext, evaluate, type ModuleScope } from './evaluate.js';
import { parseHclExpression } from './parse-hcl.js';
import { isUnknown, type TfValue, Unknown } from './values.js';

const scope: ModuleScope = {
  variable: (n) =>
    (({ env: 'prod', ports: [22, 443], tags: { a: '1' }, on: true, n: 3, nothing: null })[n] as TfValue) ??
    new Unknown('variable'),
  local: (n) => (n === 'name' ? 'app' : new Unknown('error')),
  module: (n) => (n === 'net' ? { vpc_id: 'vpc-1' } : new Unknown('module', `module.${n}`)),
  data: (t, n) => new Unknown('data', `data.${t}.${n}`),
  prefix: '',
  paths: { module: 'infra', root: 'infra', cwd: '.' },
};
const ctx: EvalContext = { scope, frame: null };

function ev(src: string): TfValue {
  const { expr, errors } = parseHclExpression(src);
  expect(errors).toEqual([]);
  return evaluate(expr, ctx);
}

describe('evaluate: references', () => {
  it('reads variables, locals, module outputs and paths', () => {
    expect(ev('"${local.name}-${var.env}"')).toBe('app-prod');
    expect(ev('var.ports[1]')).toBe(443);
    expect(ev('module.net.vpc_id')).toBe('vpc-1');
    expect(ev('path.module')).toBe('infra');
  });

  it('turns resource references into unknowns that remember the resource', () => {
    const v = ev('aws_kms_key.k.arn');
    expect(isUnknown(v) && [v.ref, v.attr]).toEqual(['aws_kms_key.k', 'arn']);
    const i = ev('aws_s3_bucket.b[0].id');
    expect(isUnknown(i) && [i.ref, i.attr]).toEqual(['aws_s3_bucket.b[0]', 'id']);
    const k = ev('aws_s3_bucket.b["x"].id');
    expect(isUnknown(k) && k.ref).toBe('aws_s3_bucket.b["x"]');
    const s = ev('aws_instance.web[*].id');
    expect(isUnknown(s) && [s.ref, s.attr]).toEqual(['aws_instance.web', 'id']);
    const d = ev('data.aws_caller_identity.me.account_id');
    expect(isUnknown(d) && [d.ref, d.attr]).toEqual(['data.aws_caller_identity.me', 'account_id']);
  });

  it('keeps unknowns unknown through templates, operators and most functions', () => {
    for (const src of [
      '"x-${var.missing}"',
      'var.missing == 1',
      'upper(var.missing)',
      'var.missing ? 1 : 2',
      '-var.missing',
    ]) {
      expect(isUnknown(ev(src)), src).toBe(true);
    }
    expect(ev('var.missing ? true : true')).toBe(true);
    expect(ev('false && var.missing')).toBe(false);
    expect(ev('true || var.missing')).toBe(true);
    expect(ev('coalesce(null, "", "x")')).toBe('x');
  });
});

describe('evaluate: functions', () => {
  const cases: [string, TfValue][] = [
    ['jsondecode(jsonencode({ a = [1, true, null] }))', { a: [1, true, null] }],
    ['merge({ a = 1 }, { b = 2 }, null)', { a: 1, b: 2 }],
    ['concat([1], [2, 3])', [1, 2, 3]],
    ['lookup({ a = 1 }, "b", 9)', 9],
    ['format("%s-%03d-%v", "a", 7, true)', 'a-7-true'],
    ['toset(["a", "b", "a"])', ['a', 'b']],
    ['tomap({ a = 1 })', { a: 1 }],
    ['tolist(["x"])', ['x']],
    ['try(var.tags.missing, "fallback")', 'fallback'],
    ['can(var.tags.missing)', false],
    ['can(var.tags.a)', true],
    ['lower("ABC")', 'abc'],
    ['join(",", split("-", "a-b-c"))', 'a,b,c'],
    ['length(var.ports)', 2],
    ['element(["a", "b"], 3)', 'b'],
    ['contains(var.ports, 22)', true],
    ['keys({ b = 1, a = 2 })', ['a', 'b']],
    ['values({ b = 1, a = 2 })', [2, 1]],
    ['flatten([[1], [[2]], 3])', [1, 2, 3]],
    ['distinct([1, 1, 2])', [1, 2]],
    ['replace("a.b.c", ".", "/")', 'a/b/c'],
    ['replace("abc123", "/[0-9]+/", "")', 'abc'],
    ['substr("hello", 1, 3)', 'ell'],
    ['cidrsubnet("10.0.0.0/16", 8, 2)', '10.0.2.0/24'],
    ['cidrhost("10.0.0.0/24", 5)', '10.0.0.5'],
    ['zipmap(["a"], [1])', { a: 1 }],
    ['range(3)', [0, 1, 2]],
    ['one([])', null],
    ['trimprefix("arn:x", "arn:")', 'x'],
    ['startswith("ami-1", "ami-")', true],
    ['base64decode(base64encode("ok"))', 'ok'],
    ['sensitive("s")', 's'],
  ];
  for (const [src, expected] of cases) {
    it(src, () => expect(ev(src)).toEqual(expected));
  }

  it('returns unknown for I/O, time and unknown functions, and for errors', () => {
    for (const src of [
      'file("x")',
      'timestamp()',
      'no_such_function(1)',
      'element([], 0)',
      '1 / 0',
      'var.tags.missing',
    ]) {
      expect(isUnknown(ev(src)), src).toBe(true);
    }
  });

  it('jsonencode of partly unknown data keeps the structure for rules', () => {
    const v = ev('jsonencode({ Statement = [{ Action = "*", Resource = aws_s3_bucket.b.arn }] })');
    expect(isUnknown(v)).toBe(true);
    const partial = (v as Unknown).partial as { Statement: { Action: string; Resource: unknown }[] };
    expect(partial.Statement[0]?.Action).toBe('*');
    expect(isUnknown(partial.Statement[0]?.Resource)).toBe(true);
    expect(ev('jsondecode(jsonencode({ a = aws_s3_bucket.b.arn })).a')).toBeInstanceOf(Unknown);
  });
});
