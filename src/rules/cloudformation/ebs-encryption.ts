import { defineRule } from '../../core/rule.js';
import {
  type CfnResource,
  type PropPath,
  valueAt,
} from '../../sources/parsers/cloudformation/cloudformation-document.js';
import { isTfObject } from '../../sources/parsers/terraform/values.js';
import { setProperty } from './lib/edit.js';
import { bool } from './lib/property-rule.js';
import { reportProperty } from './lib/report.js';

/** EBS settings objects of a resource: the volume itself, or each block device mapping's `Ebs`. */
function ebsTargets(res: CfnResource): PropPath[] {
  if (res.type === 'AWS::EC2::Volume') return [[]];
  const base: PropPath = res.type === 'AWS::EC2::LaunchTemplate' ? ['LaunchTemplateData'] : [];
  const list = valueAt(res, [...base, 'BlockDeviceMappings']);
  if (!Array.isArray(list)) return [];
  return list.flatMap((m, i) =>
    isTfObject(m) && isTfObject(m['Ebs']) ? [[...base, 'BlockDeviceMappings', i, 'Ebs']] : [],
  );
}

export default defineRule({
  id: 'cfn/ebs-encryption',
  kind: 'cloudformation',
  severity: 'medium',
  title: 'EBS volume is not encrypted',
  why: 'An unencrypted EBS volume, and every snapshot taken from it, can be read by anyone who gets a copy: a snapshot shared by mistake, or restored in another account, exposes the disk contents in clear.',
  fix: 'Set `Encrypted: true` on the volume (or each `BlockDeviceMappings[].Ebs`), optionally with your `KmsKeyId`; better, turn on EBS encryption by default for the account and region.',
  verify: 'Run `aws ec2 describe-volumes --query "Volumes[].Encrypted"` and check every value is true.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 2.2.1',
    'CWE-311',
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::EC2::Volume', 'AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate')) {
      for (const at of ebsTargets(res)) {
        const ebs = at.length === 0 ? res.properties : valueAt(res, at);
        if (!isTfObject(ebs)) continue;
        const v = ebs['Encrypted'];
        if (bool(v) === true) continue;
        if (v !== undefined && v !== null && bool(v) === undefined) continue;
        // A volume restored from a snapshot keeps the snapshot's encryption unless told otherwise.
        if ((v === undefined || v === null) && ebs['SnapshotId'] !== undefined) continue;
        reportProperty(doc, ctx, {
          res,
          path: [...at, 'Encrypted'],
          message:
            v === undefined || v === null
              ? `${res.logicalId} does not encrypt ${at.length ? `block device ${String(at[at.length - 2])}` : 'the volume'} (Encrypted not set)`
              : `${res.logicalId} sets Encrypted: false${at.length ? ` on block device ${String(at[at.length - 2])}` : ''}`,
          fix: (e) => setProperty(e, doc, res, at, 'Encrypted', true),
        });
      }
    }
  },
});
