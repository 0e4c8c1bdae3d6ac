import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import type { ParseIO, SourceFile } from '../types.js';
import { buildTerraformModules } from './build-modules.js';
import { terraformHandler } from './handler.js';
import type { TerraformDocument } from './terraform-document.js';
import { isUnknown, show } from './values.js';

const ROOT = '/repo/';

function tree(files: Record<string, string>) {
  const sources: SourceFile[] = Object.entries(files).map(([path, text]) => ({
    path,
    absPath: ROOT + path,
    text,
    lines: new LineIndex(text),
  }));
  const io: ParseIO = {
    readText: (p) => (p.startsWith(ROOT) ? files[p.slice(ROOT.length)] : undefined),
    glob: (pattern) => {
      const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      return Object.keys(files)
        .map((f) => ROOT + f)
        .filter((f) => re.test(f));
    },
  };
  return { sources, io };
}

function build(files: Record<string, string>, scanned?: string[], varFiles?: string[]) {
  const { sources, io } = tree(files);
  const pick = scanned ? sources.filter((s) => scanned.includes(s.path)) : sources;
  return buildTerraformModules(pick, io, varFiles ? { varFiles } : {});
}

function values(doc: TerraformDocument | undefined, address: string) {
  return doc?.resources.find((r) => r.address === address)?.values;
}

describe('buildTerraformModules', () => {
  it('evaluates a module directory as a whole, one document per root', () => {
    const r = build({
      'infra/variables.tf': 'variable "env" {\n  default = "dev"\n}\n',
      'infra/locals.tf': 'locals {\n  name = "app-${var.env}"\n}\n',
      'infra/main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = local.name\n}\n',
      'other/main.tf': 'resource "aws_sqs_queue" "q" {}\n',
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.documents.map((d) => d.path)).toEqual(['infra', 'other']);
    expect(values(r.documents[0], 'aws_s3_bucket.b')).toEqual({ bucket: 'app-dev' });
  });

  it('applies terraform.tfvars, then *.auto.tfvars, then --var-file', () => {
    const files = {
      'main.tf':
        'variable "a" {}\nvariable "b" {}\nvariable "c" {}\nvariable "on" {\n  type = bool\n}\nresource "x" "y" {\n  a = var.a\n  b = var.b\n  c = var.c\n  on = var.on\n}\n',
      'terraform.tfvars': 'a = "tfvars"\nb = "tfvars"\nc = "tfvars"\non = "true"\n',
      'z.auto.tfvars': 'b = "auto"\nc = "auto"\n',
      'prod.tfvars': 'c = "varfile"\n',
    };
    const r = build(files, ['main.tf', 'terraform.tfvars'], ['prod.tfvars']);
    expect(values(r.documents[0], 'x.y')).toEqual({ a: 'tfvars', b: 'auto', c: 'varfile', on: true });
  });

  it('expands count and for_each, with addresses as Terraform prints them', () => {
    const r = build({
      'main.tf':
        'resource "a" "c" {\n  count = 2\n  n = count.index\n}\nresource "a" "f" {\n  for_each = { x = 1, y = 2 }\n  v = "${each.key}=${each.value}"\n}\nresource "a" "s" {\n  for_each = toset(["p"])\n  v = each.value\n}\nresource "a" "zero" {\n  count = 0\n}\n',
    });
    const doc = r.documents[0];
    expect(doc?.resources.map((x) => `${x.address} ${show(x.values)}`)).toEqual([
      'a.c[0] {"n":0}',
      'a.c[1] {"n":1}',
      'a.f["x"] {"v":"x=1"}',
      'a.f["y"] {"v":"y=2"}',
      'a.s["p"] {"v":"p"}',
    ]);
  });

  it('keeps one unkeyed instance when count is unknown', () => {
    const r = build({
      'main.tf': 'variable "n" {}\nresource "a" "b" {\n  count = var.n\n  i = count.index\n}\n',
    });
    const res = r.documents[0]?.resources[0];
    expect(res?.address).toBe('a.b');
    expect(isUnknown(res?.values['i'])).toBe(true);
  });

  it('expands dynamic blocks and marks them generated', () => {
    const r = build({
      'main.tf':
        'resource "aws_security_group" "s" {\n  dynamic "ingress" {\n    for_each = [22, 443]\n    iterator = port\n    content {\n      from_port = port.value\n    }\n  }\n}\n',
    });
    const doc = r.documents[0] as TerraformDocument;
    const sg = doc.resources[0]!;
    expect(sg.values['ingress']).toEqual([{ from_port: 22 }, { from_port: 443 }]);
    const first = (sg.values['ingress'] as object[])[0]!;
    const loc = doc.locate(first, 'from_port');
    expect(loc?.range.start.line).toBe(6);
    expect(loc?.generated).toBe(true);
  });

  it('evaluates local modules with their inputs and records the call chain', () => {
    const r = build({
      'main.tf':
        'module "logs" {\n  source = "./modules/bucket"\n  name   = "logs"\n}\nmodule "many" {\n  source   = "./modules/bucket"\n  for_each = toset(["a", "b"])\n  name     = each.key\n}\noutput "arn" {\n  value = module.logs.name_out\n}\nresource "x" "uses" {\n  v = module.logs.name_out\n}\n',
      'modules/bucket/main.tf':
        'variable "name" {}\nvariable "versioned" {\n  default = true\n}\nresource "aws_s3_bucket" "this" {\n  bucket = "acme-${var.name}"\n}\noutput "name_out" {\n  value = "acme-${var.name}"\n}\n',
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.documents).toHaveLength(1);
    const doc = r.documents[0]!;
    expect(doc.path).toBe('.');
    const inModule = doc.resources.find((x) => x.address === 'module.logs.aws_s3_bucket.this')!;
    expect(inModule.values).toEqual({ bucket: 'acme-logs' });
    expect(inModule.via.map((v) => `${v.path}:${v.range.start.line}`)).toEqual(['main.tf:1']);
    expect(doc.locate(inModule.values, 'bucket')?.path).toBe('modules/bucket/main.tf');
    expect(values(doc, 'module.many["b"].aws_s3_bucket.this')).toEqual({ bucket: 'acme-b' });
    expect(values(doc, 'x.uses')).toEqual({ v: 'acme-logs' });
    expect([...doc.files.keys()].sort()).toEqual(['main.tf', 'modules/bucket/main.tf']);
  });

  it('reads modules outside the scanned set through ParseIO (single-file parse)', () => {
    const { sources, io } = tree({
      'main.tf': 'module "m" {\n  source = "./mod"\n  on     = false\n}\n',
      'mod/main.tf': 'variable "on" {}\nresource "aws_db_instance" "db" {\n  storage_encrypted = var.on\n}\n',
    });
    const r = terraformHandler.parse(sources[0]!, io);
    const doc = r.documents[0] as TerraformDocument;
    expect(doc.path).toBe('main.tf');
    expect(doc.resources.map((x) => `${x.address} ${show(x.values)}`)).toEqual([
      'module.m.aws_db_instance.db {"storage_encrypted":false}',
    ]);
  });

  it('leaves remote modules and unknown data sources unknown', () => {
    const r = build({
      'main.tf':
        'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\ndata "aws_ami" "a" {}\nresource "x" "y" {\n  vpc = module.vpc.vpc_id\n  ami = data.aws_ami.a.id\n}\n',
    });
    const v = values(r.documents[0], 'x.y')!;
    expect(isUnknown(v['vpc']) && v['vpc'].ref).toBe('module.vpc');
    expect(isUnknown(v['ami']) && v['ami'].ref).toBe('data.aws_ami.a');
  });

  it('evaluates aws_iam_policy_document locally', () => {
    const r = build({
      'main.tf': `data "aws_iam_policy_document" "p" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::b/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::1:root"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}
resource "aws_s3_bucket_policy" "p" {
  policy = data.aws_iam_policy_document.p.json
}
`,
    });
    const policy = values(r.documents[0], 'aws_s3_bucket_policy.p')?.['policy'];
    expect(JSON.parse(policy as string)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Read',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::b/*',
          Principal: { AWS: 'arn:aws:iam::1:root' },
          Condition: { Bool: { 'aws:SecureTransport': 'true' } },
        },
      ],
    });
  });

  it('reports cyclic locals and modules without hanging', () => {
    const r = build({
      'main.tf':
        'locals {\n  a = local.b\n  b = local.a\n}\nresource "x" "y" {\n  v = local.a\n}\nmodule "self" {\n  source = "./"\n}\n',
    });
    expect(isUnknown(values(r.documents[0], 'x.y')?.['v'])).toBe(true);
    const messages = r.diagnostics.map((d) => d.message).join('\n');
    expect(messages).toMatch(/cycle: local\.\w depends on itself/);
    const loop = build({
      'a/main.tf': 'module "b" {\n  source = "../b"\n}\n',
      'b/main.tf': 'module "a" {\n  source = "../a"\n}\n',
    });
    expect(loop.diagnostics.map((d) => d.message).join('\n')).toMatch(/module cycle/);
  });

  it('survives doubling locals (a billion-laughs for strings)', () => {
    let locals = 'locals {\n  l0 = "xxxxxxxxxxxxxxxx"\n';
    for (let i = 1; i <= 40; i++) locals += `  l${i} = "\${local.l${i - 1}}\${local.l${i - 1}}"\n`;
    locals += '}\nresource "x" "y" {\n  v = local.l40\n}\n';
    const t0 = performance.now();
    const r = build({ 'main.tf': locals });
    expect(isUnknown(values(r.documents[0], 'x.y')?.['v'])).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('reports syntax errors with file:line and keeps the rest', () => {
    const r = build({
      'main.tf': 'resource "a" "ok" {\n  v = 1\n}\nresource "a" "bad" {\n  v = "unterminated\n}\n',
    });
    expect(r.diagnostics[0]).toMatchObject({ code: 'parse-error', target: 'main.tf' });
    expect(r.diagnostics[0]?.message).toMatch(/^main\.tf:5: unterminated string/);
    expect(r.documents[0]?.resources.map((x) => x.address)).toEqual(['a.ok', 'a.bad']);
  });

  it('reads .tf.json files into the same model', () => {
    const r = build({
      'main.tf.json': JSON.stringify(
        {
          variable: { env: { default: 'prod' } },
          resource: {
            aws_s3_bucket: { b: { bucket: 'x-${var.env}', versioning: { enabled: true } } },
            aws_s3_bucket_public_access_block: {
              b: { bucket: '${aws_s3_bucket.b.id}', block_public_acls: false },
            },
          },
        },
        null,
        2,
      ),
    });
    const doc = r.documents[0]!;
    expect(values(doc, 'aws_s3_bucket.b')).toEqual({ bucket: 'x-prod', versioning: { enabled: true } });
    const bucket = doc.resources[0]!;
    expect(
      doc.referencing('aws_s3_bucket_public_access_block', 'bucket', bucket).map((x) => x.address),
    ).toEqual(['aws_s3_bucket_public_access_block.b']);
    expect(doc.locate(doc.resources[1]!.values, 'block_public_acls')?.range.start.line).toBe(19);
  });
});

describe('plan JSON', () => {
  const plan = {
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [
          {
            address: 'aws_s3_bucket.b',
            mode: 'managed',
            type: 'aws_s3_bucket',
            name: 'b',
            values: { bucket: 'acme', acl: null },
          },
          {
            address: 'aws_s3_bucket_public_access_block.b',
            mode: 'managed',
            type: 'aws_s3_bucket_public_access_block',
            name: 'b',
            values: { block_public_acls: true },
          },
        ],
        child_modules: [
          {
            address: 'module.db',
            resources: [
              {
                address: 'module.db.aws_db_instance.this[0]',
                mode: 'managed',
                type: 'aws_db_instance',
                name: 'this',
                index: 0,
                values: { storage_encrypted: false, publicly_accessible: false },
              },
            ],
          },
        ],
      },
    },
    resource_changes: [
      { address: 'aws_s3_bucket_public_access_block.b', change: { after_unknown: { bucket: true } } },
    ],
    configuration: {
      provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-1' } } } },
      root_module: {
        resources: [
          {
            address: 'aws_s3_bucket_public_access_block.b',
            expressions: { bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] } },
          },
        ],
      },
    },
  };

  it('reads resolved values of every module, links by configuration references', () => {
    const r = build({ 'plan.json': JSON.stringify(plan, null, 2) });
    const doc = r.documents[0]!;
    expect(doc.origin).toBe('plan');
    expect(doc.resources.map((x) => x.address)).toEqual([
      'aws_s3_bucket.b',
      'aws_s3_bucket_public_access_block.b',
      'module.db.aws_db_instance.this[0]',
    ]);
    const bucket = doc.resources[0]!;
    expect(doc.referencing('aws_s3_bucket_public_access_block', 'bucket', bucket)).toHaveLength(1);
    const db = doc.resources[2]!;
    const loc = doc.locate(db.values, 'storage_encrypted');
    expect(loc?.path).toBe('plan.json');
    expect(doc.files.get('plan.json')?.text).toContain('storage_encrypted');
    expect(doc.providers[0]?.values['region']).toBe('eu-west-1');
  });

  it('points at the HCL of an address when it was scanned too', () => {
    const r = build({
      'plan.json': JSON.stringify(plan),
      'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "acme"\n}\n',
    });
    expect(r.documents).toHaveLength(1);
    const doc = r.documents[0]!;
    const loc = doc.locate(doc.resources[0]!.values, 'bucket');
    expect([loc?.path, loc?.range.start.line]).toEqual(['main.tf', 2]);
  });

  it('is detected by content', () => {
    expect(terraformHandler.byContent?.(JSON.stringify(plan), 'tfplan.json')).toBe(true);
    expect(terraformHandler.byContent?.('{"a": 1}', 'x.json')).toBe(false);
  });
});
