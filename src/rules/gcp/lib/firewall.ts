import type { TextEdit } from '../../../core/edit.js';
import { type AnyRule, defineRule, type RuleMeta } from '../../../core/rule.js';
import { hclString } from '../../../fixers/hcl-edit.js';
import type {
  TerraformDocument,
  TfResource,
  TfSource,
} from '../../../sources/parsers/terraform/terraform-document.js';
import { blocksOf } from '../../../sources/parsers/terraform/terraform-document.js';
import { isUnknown, type TfValue } from '../../../sources/parsers/terraform/values.js';
import { reportResource } from '../../aws/lib/report.js';
import { isTrue } from '../../azure/lib/values.js';

const WORLD = new Set(['0.0.0.0/0', '::/0', '0:0:0:0:0:0:0:0/0']);

/** An ingress `google_compute_firewall` allowing traffic from the whole internet. */
export interface OpenFirewall {
  readonly res: TfResource;
  readonly cidr: string;
  /** Inclusive TCP/UDP port ranges allowed. */
  readonly ports: readonly (readonly [number, number])[];
  /** Some `allow` covers every port (protocol "all", or tcp/udp without ports). */
  readonly allPorts: boolean;
}

/** Port ranges of one `allow` block; 'all' for every port; null when undecidable. */
function allowPorts(allow: Record<string, TfValue>): [number, number][] | 'all' | null {
  const protocol = allow['protocol'];
  if (isUnknown(protocol) || (typeof protocol !== 'string' && typeof protocol !== 'number')) return null;
  const p = String(protocol).toLowerCase();
  if (p === 'all') return 'all';
  if (!['tcp', 'udp', 'sctp', '6', '17', '132'].includes(p)) return [];
  const ports = allow['ports'];
  if (ports === undefined || ports === null) return 'all';
  if (!Array.isArray(ports)) return null;
  if (ports.length === 0) return 'all';
  const out: [number, number][] = [];
  for (const item of ports) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(
      typeof item === 'number' ? String(item) : typeof item === 'string' ? item.trim() : '',
    );
    if (!m) return null;
    const from = Number(m[1]);
    out.push([from, Math.max(from, m[2] === undefined ? from : Number(m[2]))]);
  }
  return out;
}

export function openFirewalls(doc: TerraformDocument): OpenFirewall[] {
  const out: OpenFirewall[] = [];
  for (const res of doc.ofType('google_compute_firewall')) {
    const v = res.values;
    const direction = v['direction'];
    if (typeof direction === 'string' && direction.toUpperCase() !== 'INGRESS') continue;
    if (isUnknown(direction) || isTrue(v['disabled']) || isUnknown(v['disabled'])) continue;
    const ranges = v['source_ranges'];
    if (!Array.isArray(ranges)) continue;
    const allows = blocksOf(v, 'allow');
    if (allows === null || allows.length === 0) continue;
    const ports: [number, number][] = [];
    let allPorts = false;
    let unknown = false;
    for (const a of allows) {
      const r = allowPorts(a);
      if (r === null) unknown = true;
      else if (r === 'all') allPorts = true;
      else ports.push(...r);
    }
    if (unknown && !allPorts) continue;
    if (ports.some(([f, t]) => f <= 1 && t >= 65535)) allPorts = true;
    for (const cidr of ranges) {
      if (typeof cidr === 'string' && WORLD.has(cidr)) out.push({ res, cidr, ports, allPorts });
    }
  }
  return out;
}

/** Replaces the open CIDR in `source_ranges` with `value` (suggestion fix). */
export function replaceSourceRange(target: TfSource, cidr: string, value: string): TextEdit | null {
  const attr = target.body?.attributes.find((a) => a.name === 'source_ranges');
  if (!attr || target.generated || attr.expr.k !== 'tuple') return null;
  const item = attr.expr.items.find((i) => i.k === 'lit' && i.value === cidr);
  if (!item) return null;
  return { file: target.file.path, start: item.s, end: item.e, text: hclString(value) };
}

export function portsLabel(f: OpenFirewall): string {
  if (f.allPorts) return 'all ports';
  const list = f.ports.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`));
  return `${list.length === 1 && !list[0]?.includes('-') ? 'port' : 'ports'} ${list.join(', ')}`;
}

/** Rules about firewalls open to the internet; `select` names what is exposed, or null. */
export function firewallRule(
  meta: Omit<RuleMeta<'terraform'>, 'kind' | 'fixable' | 'options'>,
  select: (f: OpenFirewall) => string | null,
): AnyRule {
  return defineRule({
    ...meta,
    kind: 'terraform',
    fixable: 'suggestion',
    options: {
      cidr: { description: 'Source range to allow instead of the whole internet (e.g. your VPN range).' },
    },
    check(doc, ctx) {
      for (const f of openFirewalls(doc)) {
        const what = select(f);
        if (what === null) continue;
        reportResource(doc, ctx, {
          res: f.res,
          key: 'source_ranges',
          path: `source_ranges/${f.cidr}`,
          message: `${f.res.address} allows ${what} (${portsLabel(f)}) from ${f.cidr}`,
          evidence: f.cidr,
          suggest: {
            question: `Which source range should be allowed instead of ${f.cidr}?`,
            option: 'cidr',
            placeholder: '35.235.240.0/20',
            edits: (target, value) => replaceSourceRange(target, f.cidr, value),
          },
        });
      }
    },
  });
}
