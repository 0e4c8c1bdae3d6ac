import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/dynamodb-pitr',
  severity: 'low',
  title: 'DynamoDB point-in-time recovery is off',
  why: 'Without point-in-time recovery, a bad deployment, a bug or an attacker that overwrites or deletes items cannot be undone: there is no way back to the table as it was a minute earlier.',
  fix: 'Add `point_in_time_recovery { enabled = true }` to the table.',
  verify:
    'Run `aws dynamodb describe-continuous-backups --table-name <name>` and check PointInTimeRecoveryStatus is ENABLED.',
  references: [
    'CWE-693',
    'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html',
  ],
  types: ['aws_dynamodb_table'],
  block: 'point_in_time_recovery',
  attr: 'enabled',
  ok: (v) =>
    v === undefined || v === null
      ? false
      : v === true || v === 'true'
        ? true
        : v === false || v === 'false'
          ? false
          : undefined,
  message: (res) => `${res.address} has no point-in-time recovery`,
  fixValue: 'true',
});
