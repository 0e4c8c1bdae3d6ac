import { type AnyRule, defineRule, type RuleMeta } from '../../../core/rule.js';
import { setAttribute } from '../../../fixers/hcl-edit.js';
import { asNumber, isUnknown } from '../../../sources/parsers/terraform/values.js';
import { reportResource } from './report.js';

/** A numeric minimum on `aws_iam_account_password_policy` (AWS default when absent: `absent`). */
export function passwordMinimumRule(
  meta: Omit<RuleMeta<'terraform'>, 'kind' | 'fixable'>,
  attr: string,
  minimum: number,
  absent: number,
  what: string,
): AnyRule {
  return defineRule({
    ...meta,
    kind: 'terraform',
    fixable: 'auto',
    check(doc, ctx) {
      for (const res of doc.ofType('aws_iam_account_password_policy')) {
        const raw = res.values[attr];
        if (isUnknown(raw)) continue;
        const v = raw === undefined || raw === null ? absent : asNumber(raw);
        if (v === undefined || v >= minimum) continue;
        reportResource(doc, ctx, {
          res,
          key: attr,
          message:
            raw === undefined
              ? `${res.address} does not set ${attr} (${what} is ${absent || 'not enforced'})`
              : `${res.address} sets ${attr} = ${v}; at least ${minimum} is recommended`,
          fix: (target) => setAttribute(target, attr, String(minimum)),
        });
      }
    },
  });
}
