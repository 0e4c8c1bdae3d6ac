import { type AnyRule, defineRule, type RuleMeta } from '../../../core/rule.js';
import type { TfResource } from '../../../sources/parsers/terraform/terraform-document.js';
import { isPublicStatement, policyStatements } from './policy.js';
import { reportResource } from './report.js';

/** A resource policy (queue, topic, domain...) that allows anyone, with no condition. */
export function publicPolicyRule(
  meta: Omit<RuleMeta<'terraform'>, 'kind' | 'fixable'>,
  targets: readonly (readonly [type: string, attr: string])[],
  what: string,
  severityFor?: (res: TfResource) => 'critical' | 'high' | 'medium' | undefined,
): AnyRule {
  return defineRule({
    ...meta,
    kind: 'terraform',
    check(doc, ctx) {
      for (const [type, attr] of targets) {
        for (const res of doc.ofType(type)) {
          const open = policyStatements(res.values[attr])?.filter(isPublicStatement) ?? [];
          if (open.length === 0) continue;
          const actions = [...new Set(open.flatMap((s) => s.actions ?? ['(unknown)']))];
          const severity = severityFor?.(res);
          reportResource(doc, ctx, {
            res,
            key: attr,
            ...(severity ? { severity } : {}),
            message: `${res.address} lets anyone (Principal "*") ${actions.join(', ')} on this ${what}`,
            evidence: actions.join(', '),
          });
        }
      }
    },
  });
}
