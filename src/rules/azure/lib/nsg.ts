import type { TextEdit } from '../../../core/edit.js';
import { type AnyRule, defineRule, type RuleMeta } from '../../../core/rule.js';
import { hclString, replaceValue } from '../../../fixers/hcl-edit.js';
import type {
  TerraformDocument,
  TfResource,
  TfSource,
} from '../../../sources/parsers/terraform/terraform-document.js';
import { blocksOf } from '../../../sources/parsers/terraform/terraform-document.js';
import { isUnknown, type TfObject, type TfValue } from '../../../sources/parsers/terraform/values.js';
import { reportResource } from '../../aws/lib/report.js';

/**
 * Inbound NSG rules that allow traffic from anywhere, in both Terraform spellings: `security_rule`
 * blocks inside `azurerm_network_security_group` and separate `azurerm_network_security_rule`
 * resources. Anything not decidable from the code (variables, references) is skipped.
 */
export interface OpenNsgRule {
  readonly res: TfResource;
  /** The `security_rule` block or the rule resource's values. */
  readonly obj: TfObject;
  /** `source_address_prefix` or `source_address_prefixes`. */
  readonly key: string;
  /** The open source as written (`*`, `Internet`, `0.0.0.0/0`...). */
  readonly source: string;
  readonly name: string;
  /** Inclusive destination port ranges. */
  readonly ports: readonly (readonly [number, number])[];
  readonly allPorts: boolean;
}

const ANY_SOURCE = new Set(['*', 'internet', 'any', '0.0.0.0/0', '::/0', '0:0:0:0:0:0:0:0/0']);

export function isAnySource(v: string): boolean {
  return ANY_SOURCE.has(v.trim().toLowerCase());
}

function eqi(v: TfValue | undefined, want: string): boolean | undefined {
  if (typeof v !== 'string') return undefined;
  return v.toLowerCase() === want;
}

/** `"22"`, `"1000-2000"`, `"*"` => ranges; null when not decidable. */
function portRanges(single: TfValue | undefined, list: TfValue | undefined): [number, number][] | null {
  const items: TfValue[] = [];
  if (single !== undefined && single !== null) items.push(single);
  if (Array.isArray(list)) items.push(...list);
  else if (list !== undefined && list !== null) return null;
  const out: [number, number][] = [];
  for (const item of items) {
    if (isUnknown(item)) return null;
    const text = typeof item === 'number' ? String(item) : typeof item === 'string' ? item.trim() : null;
    if (text === null) return null;
    if (text === '*') {
      out.push([0, 65535]);
      continue;
    }
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(text);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    out.push([from, Math.max(from, to)]);
  }
  return out;
}

function collect(res: TfResource, obj: TfObject, out: OpenNsgRule[]): void {
  if (eqi(obj['direction'], 'inbound') !== true) return;
  if (eqi(obj['access'], 'allow') !== true) return;
  const protocol = obj['protocol'];
  if (typeof protocol !== 'string' || !['tcp', 'udp', '*'].includes(protocol.toLowerCase())) return;
  const ports = portRanges(obj['destination_port_range'], obj['destination_port_ranges']);
  if (ports === null || ports.length === 0) return;
  const allPorts = ports.some(([f, t]) => f <= 1 && t >= 65535);
  const name = typeof obj['name'] === 'string' ? obj['name'] : res.name;
  const single = obj['source_address_prefix'];
  if (typeof single === 'string' && isAnySource(single))
    out.push({ res, obj, key: 'source_address_prefix', source: single, name, ports, allPorts });
  const many = obj['source_address_prefixes'];
  if (Array.isArray(many)) {
    for (const s of many) {
      if (typeof s === 'string' && isAnySource(s))
        out.push({ res, obj, key: 'source_address_prefixes', source: s, name, ports, allPorts });
    }
  }
}

export function openNsgRules(doc: TerraformDocument): OpenNsgRule[] {
  const out: OpenNsgRule[] = [];
  for (const res of doc.ofType('azurerm_network_security_group')) {
    for (const b of blocksOf(res.values, 'security_rule') ?? []) collect(res, b, out);
  }
  for (const res of doc.ofType('azurerm_network_security_rule')) collect(res, res.values, out);
  return out;
}

export function includesPort(r: OpenNsgRule, port: number): boolean {
  return r.ports.some(([f, t]) => f <= port && port <= t);
}

export function portsLabel(r: OpenNsgRule): string {
  if (r.allPorts) return 'all ports';
  const list = r.ports.map(([f, t]) => (f === t ? `${f}` : `${f}-${t}`));
  return `${list.length === 1 && !list[0]?.includes('-') ? 'port' : 'ports'} ${list.join(', ')}`;
}

/** Replaces the open source literal with `value` (suggestion fix). */
export function replaceSource(target: TfSource, r: OpenNsgRule, value: string): TextEdit | null {
  const attr = target.body?.attributes.find((a) => a.name === r.key);
  if (!attr || target.generated) return null;
  if (attr.expr.k === 'lit') return replaceValue(target.file, attr, hclString(value));
  if (attr.expr.k === 'tuple') {
    const item = attr.expr.items.find((i) => i.k === 'lit' && i.value === r.source);
    if (!item) return null;
    return { file: target.file.path, start: item.s, end: item.e, text: hclString(value) };
  }
  return null;
}

/** Rules about inbound NSG rules open to any source; `select` names what is exposed, or null. */
export function nsgRule(
  meta: Omit<RuleMeta<'terraform'>, 'kind' | 'fixable' | 'options'>,
  select: (r: OpenNsgRule) => string | null,
): AnyRule {
  return defineRule({
    ...meta,
    kind: 'terraform',
    fixable: 'suggestion',
    options: {
      cidr: {
        description: 'Source range to allow instead of any source (e.g. your VPN or office CIDR).',
      },
    },
    check(doc, ctx) {
      for (const r of openNsgRules(doc)) {
        const what = select(r);
        if (what === null) continue;
        const inline = r.obj !== r.res.values;
        reportResource(doc, ctx, {
          res: r.res,
          obj: r.obj,
          key: r.key,
          path: `${inline ? `security_rule[${r.name}]/` : ''}${r.key}/${r.source}`,
          message: `${r.res.address}${inline ? ` rule "${r.name}"` : ''} allows ${what} (${portsLabel(r)}) from ${r.source}`,
          evidence: r.source,
          suggest: {
            question: `Which source range should be allowed instead of ${r.source}?`,
            option: 'cidr',
            placeholder: '10.0.0.0/8',
            edits: (target, value) => replaceSource(target, r, value),
          },
        });
      }
    },
  });
}
