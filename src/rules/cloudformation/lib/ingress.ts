import type { AnyRule, RuleMeta } from '../../../core/rule.js';
import { defineRule } from '../../../core/rule.js';
import type {
  CfnResource,
  CfnValue,
  CloudFormationDocument,
  PropPath,
} from '../../../sources/parsers/cloudformation/cloudformation-document.js';
import { isTfObject } from '../../../sources/parsers/terraform/values.js';
import { WORLD_CIDRS } from '../../aws/lib/network.js';
import { setProperty } from './edit.js';
import { reportProperty } from './report.js';

/**
 * An ingress rule open to the whole internet, inline (`SecurityGroupIngress` of an
 * AWS::EC2::SecurityGroup) or standalone (AWS::EC2::SecurityGroupIngress). The Terraform
 * helper in aws/lib/network.ts reads Terraform's shapes, so this is the CloudFormation twin;
 * the "whole internet" CIDR set is shared.
 */
export interface CfnIngress {
  readonly res: CfnResource;
  /** Path of the rule object below Properties (`['SecurityGroupIngress', 0]`, or `[]`). */
  readonly path: PropPath;
  readonly key: 'CidrIp' | 'CidrIpv6';
  readonly cidr: string;
  readonly from: number;
  readonly to: number;
  readonly allTraffic: boolean;
}

function port(v: CfnValue | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v);
  return undefined;
}

function collect(res: CfnResource, obj: CfnValue | undefined, path: PropPath, out: CfnIngress[]): void {
  if (!isTfObject(obj)) return;
  const protocol = obj['IpProtocol'];
  const p = typeof protocol === 'number' ? String(protocol) : protocol;
  if (typeof p !== 'string') return;
  const all = p === '-1';
  if (!all && !['tcp', 'udp', '6', '17'].includes(p.toLowerCase())) return;
  const from = all ? 0 : port(obj['FromPort']);
  const to = all ? 65535 : port(obj['ToPort']);
  if (from === undefined || to === undefined) return;
  for (const key of ['CidrIp', 'CidrIpv6'] as const) {
    const cidr = obj[key];
    if (typeof cidr !== 'string' || !WORLD_CIDRS.has(cidr)) continue;
    const lo = Math.max(from, 0);
    const hi = to < 0 ? 65535 : Math.max(to, lo);
    out.push({ res, path, key, cidr, from: lo, to: hi, allTraffic: all || (lo <= 0 && hi >= 65535) });
  }
}

export function worldIngress(doc: CloudFormationDocument): CfnIngress[] {
  const out: CfnIngress[] = [];
  for (const res of doc.ofType('AWS::EC2::SecurityGroup')) {
    const list = res.properties['SecurityGroupIngress'];
    if (!Array.isArray(list)) continue;
    list.forEach((rule, i) => {
      collect(res, rule, ['SecurityGroupIngress', i], out);
    });
  }
  for (const res of doc.ofType('AWS::EC2::SecurityGroupIngress')) collect(res, res.properties, [], out);
  return out;
}

export function includesPort(r: CfnIngress, p: number): boolean {
  return r.from <= p && p <= r.to;
}

export function portLabel(r: CfnIngress): string {
  return r.allTraffic ? 'all ports' : r.from === r.to ? `port ${r.from}` : `ports ${r.from}-${r.to}`;
}

/** Rules about ingress open to 0.0.0.0/0 or ::/0; the fix suggests a narrower source range. */
export function ingressRule(
  meta: Omit<RuleMeta<'cloudformation'>, 'kind' | 'fixable' | 'options'>,
  select: (r: CfnIngress) => string | null,
): AnyRule {
  return defineRule({
    ...meta,
    kind: 'cloudformation',
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
        reportProperty(doc, ctx, {
          res: r.res,
          path: [...r.path, r.key],
          logical: `ingress/${r.from}-${r.to}/${r.cidr}`,
          message: `${r.res.logicalId} allows ${what} (${portLabel(r)}) from ${r.cidr}`,
          evidence: r.cidr,
          suggest: {
            question: `Which source range should be allowed instead of ${r.cidr}?`,
            option: 'cidr',
            placeholder: r.key === 'CidrIp' ? '10.0.0.0/8' : 'fd00::/8',
            edits: (e, value) =>
              value.includes(':') === (r.key === 'CidrIpv6') && /^[0-9a-fA-F.:]+\/\d{1,3}$/.test(value)
                ? setProperty(e, doc, r.res, r.path, r.key, value)
                : null,
          },
        });
      }
    },
  });
}
