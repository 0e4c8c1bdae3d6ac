import type { TextEdit } from '../../../core/edit.js';
import { hclString, replaceValue } from '../../../fixers/hcl-edit.js';
import type {
  TerraformDocument,
  TfResource,
  TfSource,
} from '../../../sources/parsers/terraform/terraform-document.js';
import { blocksOf } from '../../../sources/parsers/terraform/terraform-document.js';
import {
  asNumber,
  isUnknown,
  type TfObject,
  type TfValue,
} from '../../../sources/parsers/terraform/values.js';

export const WORLD_CIDRS: ReadonlySet<string> = new Set(['0.0.0.0/0', '::/0', '0:0:0:0:0:0:0:0/0']);

/** An ingress rule open to the whole internet, from any of the three ways Terraform writes one. */
export interface WorldIngress {
  readonly res: TfResource;
  /** Object holding the rule's attributes (a nested `ingress` block or the rule resource). */
  readonly obj: TfObject;
  /** Attribute holding the open CIDR: cidr_blocks, ipv6_cidr_blocks, cidr_ipv4, cidr_ipv6. */
  readonly key: string;
  readonly cidr: string;
  /** Inclusive port range; [0, 65535] for "all traffic". */
  readonly from: number;
  readonly to: number;
  readonly allTraffic: boolean;
}

function isAllProtocols(p: TfValue | undefined): boolean {
  return p === '-1' || p === -1 || p === 'all';
}

function openCidrs(v: TfValue | undefined): string[] {
  if (typeof v === 'string') return WORLD_CIDRS.has(v) ? [v] : [];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && WORLD_CIDRS.has(x));
  return [];
}

function rule(
  res: TfResource,
  obj: TfObject,
  cidrKeys: readonly string[],
  protocolKey: string,
  out: WorldIngress[],
) {
  const protocol = obj[protocolKey];
  if (isUnknown(protocol)) return;
  const all = isAllProtocols(protocol);
  const from = all ? 0 : asNumber(obj['from_port']);
  const to = all ? 65535 : asNumber(obj['to_port']);
  if (from === undefined || to === undefined) return;
  if (!all && typeof protocol === 'string' && !['tcp', 'udp', '6', '17'].includes(protocol.toLowerCase()))
    return;
  for (const key of cidrKeys) {
    for (const cidr of openCidrs(obj[key])) {
      out.push({
        res,
        obj,
        key,
        cidr,
        from,
        to: Math.max(to, from),
        allTraffic: all || (from <= 0 && to >= 65535),
      });
    }
  }
}

export function worldIngress(doc: TerraformDocument): WorldIngress[] {
  const out: WorldIngress[] = [];
  for (const type of ['aws_security_group', 'aws_default_security_group']) {
    for (const res of doc.ofType(type)) {
      for (const b of blocksOf(res.values, 'ingress') ?? [])
        rule(res, b, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol', out);
    }
  }
  for (const res of doc.ofType('aws_security_group_rule')) {
    if (res.values['type'] === 'ingress')
      rule(res, res.values, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol', out);
  }
  for (const res of doc.ofType('aws_vpc_security_group_ingress_rule')) {
    rule(res, res.values, ['cidr_ipv4', 'cidr_ipv6'], 'ip_protocol', out);
  }
  return out;
}

export function includesPort(r: WorldIngress, port: number): boolean {
  return r.from <= port && port <= r.to;
}

/** Replaces the open CIDR literal in the rule's attribute with `value` (a suggestion fix). */
export function replaceCidr(target: TfSource, r: WorldIngress, value: string): TextEdit | null {
  const attr = target.body?.attributes.find((a) => a.name === r.key);
  if (!attr || target.generated) return null;
  if (attr.expr.k === 'lit') return replaceValue(target.file, attr, hclString(value));
  if (attr.expr.k === 'tuple') {
    const item = attr.expr.items.find((i) => i.k === 'lit' && i.value === r.cidr);
    if (!item) return null;
    return { file: target.file.path, start: item.s, end: item.e, text: hclString(value) };
  }
  return null;
}

export function portLabel(r: WorldIngress): string {
  return r.allTraffic ? 'all ports' : r.from === r.to ? `port ${r.from}` : `ports ${r.from}-${r.to}`;
}
