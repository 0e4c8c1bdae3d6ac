import { defineRule } from '../../core/rule.js';
import { setAttribute } from '../../fixers/hcl-edit.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { isUnknown, type TfObject } from '../../sources/parsers/terraform/values.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/ec2-ebs-encryption',
  kind: 'terraform',
  severity: 'medium',
  title: 'EC2 instance disk is not encrypted',
  why: 'Root and data volumes declared without `encrypted = true` are stored unencrypted (unless the account enforces encryption by default), and so is every snapshot and AMI made from them. Disks hold application secrets, caches and copies of data.',
  fix: 'Set `encrypted = true` in each `root_block_device` / `ebs_block_device` (or `block_device_mappings { ebs { ... } }` of launch templates), or enable `aws_ebs_encryption_by_default`.',
  verify:
    'Run `aws ec2 describe-volumes --filters Name=attachment.instance-id,Values=<id> --query "Volumes[].Encrypted"` and check every value is true.',
  references: ['CIS AWS Foundations Benchmark v3.0.0 2.2.1', 'CWE-311'],
  fixable: 'auto',
  check(doc, ctx) {
    // Account-level encryption by default covers every new volume.
    if (doc.ofType('aws_ebs_encryption_by_default').some((r) => r.values['enabled'] !== false)) return;
    const judge = (res: (typeof doc.resources)[number], block: TfObject, path: string) => {
      const v = block['encrypted'];
      if (v === true || v === 'true' || isUnknown(v)) return;
      if (block['snapshot_id'] !== undefined && v === undefined) return; // inherits the snapshot's encryption
      reportResource(doc, ctx, {
        res,
        obj: block,
        key: 'encrypted',
        path,
        message: `${res.address}: ${path.replace(/\/.*/, '')} is not encrypted`,
        fix: (target) => setAttribute(target, 'encrypted', 'true'),
      });
    };
    for (const res of doc.ofType('aws_instance')) {
      for (const key of ['root_block_device', 'ebs_block_device']) {
        (blocksOf(res.values, key) ?? []).forEach((b, i) => {
          judge(res, b, `${key}[${String(b['device_name'] ?? i)}]`);
        });
      }
    }
    for (const res of doc.ofType('aws_launch_template')) {
      for (const m of blocksOf(res.values, 'block_device_mappings') ?? []) {
        for (const ebs of blocksOf(m, 'ebs') ?? [])
          judge(res, ebs, `block_device_mappings[${String(m['device_name'] ?? '')}]/ebs`);
      }
    }
  },
});
