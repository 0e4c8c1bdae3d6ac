import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BaseDocument } from '../core/document.js';
import { LineIndex } from '../core/range.js';
import { type AnyRule, defineRule, type Report } from '../core/rule.js';
import { RULES } from '../rules/index.js';
import { handlerFor } from '../sources/kinds.js';
import type { SourceFile } from '../sources/parsers/types.js';
import { diskIO } from './file-io.js';
import { probe, skippable } from './rule-guard.js';
import { defaultOptions } from './run-rules.js';

const ROOT = join(import.meta.dirname, '..', '..');

const META = {
  id: 'test/guard',
  kind: 'terraform',
  severity: 'low',
  title: 't',
  why: 'w',
  fix: 'f',
  verify: 'v',
  references: [],
} as const;

function rule(
  check: (doc: BaseDocument & Record<string, never>, report: (r: Report) => void) => void,
): AnyRule {
  return defineRule({
    ...META,
    check(doc, ctx) {
      check(doc as never, (r) => ctx.report(r));
    },
  }) as AnyRule;
}

const doc = (types: Record<string, unknown[]>): BaseDocument =>
  ({
    kind: 'terraform',
    path: 'main.tf',
    text: '',
    ofType: (t: string) => types[t] ?? [],
  }) as unknown as BaseDocument;

describe('probe', () => {
  it('learns the types a rule asks an empty document for', () => {
    const r = rule((d) => {
      for (const _ of (d as unknown as { ofType(t: string): unknown[] }).ofType('aws_s3_bucket'))
        throw new Error();
      (d as unknown as { ofType(...t: string[]): unknown[] }).ofType('AWS::S3::Bucket', 'AWS::SQS::Queue');
    });
    expect(probe(r, {}, 'terraform')?.types).toEqual(['aws_s3_bucket', 'AWS::S3::Bucket', 'AWS::SQS::Queue']);
  });

  it('gives up on a rule that reads anything else, reports on nothing, or throws', () => {
    expect(
      probe(
        rule((d) => void (d as unknown as { resources: unknown }).resources),
        {},
        'terraform',
      ),
    ).toBeNull();
    expect(
      probe(
        rule((d) => void ('text' in d)),
        {},
        'terraform',
      ),
    ).toBeNull();
    expect(
      probe(
        rule((_d, report) => report({ at: new LineIndex('').range(0, 0), message: 'm' })),
        {},
        'terraform',
      ),
    ).toBeNull();
    expect(
      probe(
        rule(() => {
          throw new Error('boom');
        }),
        {},
        'terraform',
      ),
    ).toBeNull();
    expect(
      probe(
        rule((d) => void (d as unknown as { ofType(t: unknown): unknown[] }).ofType(42)),
        {},
        'terraform',
      ),
    ).toBeNull();
  });
});

describe('skippable', () => {
  const s3 = rule((d) => void (d as unknown as { ofType(t: string): unknown[] }).ofType('aws_s3_bucket'));

  it('skips a document without any of the learnt types, runs one with them', () => {
    const options = {};
    expect(skippable(s3, options, doc({ aws_instance: [{}] }))).toBe(true);
    expect(skippable(s3, options, doc({ aws_s3_bucket: [{}] }))).toBe(false);
  });

  it('never skips documents without ofType, or rules that read more', () => {
    const plain = { kind: 'terraform', path: 'x', text: '' } as BaseDocument;
    expect(skippable(s3, {}, plain)).toBe(false);
    const reader = rule((d) => void (d as unknown as { resources: unknown }).resources);
    expect(skippable(reader, {}, doc({}))).toBe(false);
  });

  it('learns per options object, since options can change what a rule reads', () => {
    const byOption = defineRule({
      ...META,
      id: 'test/guard-options',
      options: { type: { description: 'type', default: 'aws_s3_bucket' } },
      check(d, ctx) {
        d.ofType(String(ctx.options['type']));
      },
    }) as AnyRule;
    const d = doc({ aws_instance: [{}] });
    expect(skippable(byOption, { type: 'aws_s3_bucket' }, d)).toBe(true);
    expect(skippable(byOption, { type: 'aws_instance' }, d)).toBe(false);
  });
});

function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, pattern));
    else if (pattern.test(e.name) && e.name !== 'expected.json') out.push(p);
  }
  return out;
}

function source(abs: string): SourceFile {
  const text = readFileSync(abs, 'utf8');
  return { path: relative(ROOT, abs), absPath: abs, text, lines: new LineIndex(text) };
}

/** Every Terraform module and CloudFormation template of the fixtures and examples. */
function documents(): BaseDocument[] {
  const io = diskIO(5 * 1024 * 1024);
  const docs: BaseDocument[] = [];
  const bases = ['test/fixtures', 'examples'].map((b) => join(ROOT, b));
  const terraform = handlerFor('terraform')!;
  for (const base of bases) {
    const tf = filesUnder(base, /\.tf(vars)?(\.json)?$/).map(source);
    docs.push(...terraform.parseGroup!(tf, io, { varFiles: [] }).documents);
  }
  const cloudformation = handlerFor('cloudformation')!;
  for (const base of bases)
    for (const abs of filesUnder(base, /\.(ya?ml|json|template)$/).filter((p) =>
      p.includes('cloudformation'),
    ))
      docs.push(...cloudformation.parse(source(abs), io).documents);
  return docs;
}

describe('on real documents', () => {
  it('skips a rule only where running it finds nothing', () => {
    const docs = documents();
    expect(docs.filter((d) => d.kind === 'terraform').length).toBeGreaterThan(10);
    expect(docs.filter((d) => d.kind === 'cloudformation').length).toBeGreaterThan(3);
    let skipped = 0;
    let ran = 0;
    for (const d of docs) {
      for (const r of RULES) {
        if (r.kind !== d.kind) continue;
        const options = defaultOptions(r);
        if (!skippable(r, options, d)) continue;
        skipped++;
        const reports: string[] = [];
        r.check(d, { options, report: (rep) => reports.push(rep.message) });
        expect(reports, `${r.id} skipped on ${d.path}`).toEqual([]);
      }
      ran++;
    }
    expect(ran).toBe(docs.length);
    expect(skipped).toBeGreaterThan(100);
  });
});
