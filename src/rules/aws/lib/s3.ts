import type { TextEdit } from '../../../core/edit.js';
import type {
  TerraformDocument,
  TfResource,
  TfSource,
} from '../../../sources/parsers/terraform/terraform-document.js';
import type { TfValue } from '../../../sources/parsers/terraform/values.js';

/** Resources of `type` configuring this bucket (`bucket = aws_s3_bucket.b.id`, `.bucket` or its name). */
export function bucketConfigs(
  doc: TerraformDocument,
  bucket: TfResource,
  type: string,
): readonly TfResource[] {
  return doc.referencing(type, 'bucket', bucket, ['bucket', 'id']);
}

/** Buckets that are not themselves only known at apply time. */
export function buckets(doc: TerraformDocument): readonly TfResource[] {
  return doc.ofType('aws_s3_bucket');
}

/**
 * Inserts a new resource block after the bucket's block, referring to it by address. Only for
 * a bucket written once (no count/for_each) in an editable HCL file.
 */
export function insertAfterResource(
  target: TfSource,
  res: TfResource,
  lines: (ref: string) => string[],
): TextEdit | null {
  const block = target.block;
  if (!block || target.generated || target.file.syntax !== 'hcl' || res.address.endsWith(']')) return null;
  const text = target.file.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const nl = text.indexOf('\n', block.e);
  const at = nl === -1 ? text.length : nl + 1;
  const lineStart = text.lastIndexOf('\n', block.s - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, block.s))?.[0] ?? '';
  const body = lines(`${res.type}.${res.name}`).map((l) => (l ? indent + l : l));
  const prefix = nl === -1 ? eol : '';
  return { file: target.file.path, start: at, end: at, text: `${prefix}${eol}${body.join(eol)}${eol}` };
}

/** Policy documents governing a bucket: inline `policy` and linked `aws_s3_bucket_policy`. */
export function bucketPolicies(
  doc: TerraformDocument,
  bucket: TfResource,
): { res: TfResource; value: TfValue }[] {
  const out: { res: TfResource; value: TfValue }[] = [];
  const inline = bucket.values['policy'];
  if (inline !== undefined && inline !== null) out.push({ res: bucket, value: inline });
  for (const p of bucketConfigs(doc, bucket, 'aws_s3_bucket_policy')) {
    const v = p.values['policy'];
    if (v !== undefined && v !== null) out.push({ res: p, value: v });
  }
  return out;
}
