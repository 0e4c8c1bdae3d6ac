import { type AnyRule, defineRule, type RuleMeta } from '../../../core/rule.js';
import { portLabel, replaceCidr, type WorldIngress, worldIngress } from './network.js';
import { reportResource } from './report.js';

/** Rules about ingress open to 0.0.0.0/0 or ::/0, in all three Terraform spellings. */
export function ingressRule(
  meta: Omit<RuleMeta<'terraform'>, 'kind' | 'fixable' | 'options'>,
  select: (r: WorldIngress) => string | null,
): AnyRule {
  return defineRule({
    ...meta,
    kind: 'terraform',
    fixable: 'suggestion',
    options: {
      cidr: {
        description: 'CIDR that should be allowed instead of the whole internet (e.g. your VPN range).',
      },
    },
    check(doc, ctx) {
      for (const r of worldIngress(doc)) {
        const what = select(r);
        if (what === null) continue;
        reportResource(doc, ctx, {
          res: r.res,
          obj: r.obj,
          key: r.key,
          path: `ingress/${r.from}-${r.to}/${r.cidr}`,
          message: `${r.res.address} allows ${what} (${portLabel(r)}) from ${r.cidr}`,
          evidence: r.cidr,
          suggest: {
            question: `Which source range should be allowed instead of ${r.cidr}?`,
            option: 'cidr',
            placeholder: '10.0.0.0/8',
            edits: (target, value) => replaceCidr(target, r, value),
          },
        });
      }
    },
  });
}
