import { BlockList, isIP } from 'node:net';
import picomatch from 'picomatch';

export const MATCH_TYPES = [
  'path',
  'repository',
  'hostname',
  'domain',
  'cidr',
  'cloud-account',
  'cloud-tag',
  'k8s-namespace',
  'k8s-label',
] as const;
export type MatchType = (typeof MATCH_TYPES)[number];

export interface OwnershipRule {
  readonly teamId: string;
  readonly type: MatchType;
  /** Glob for path/repository/hostname/namespace, suffix for domain, CIDR, account id, `key=value` for tags and labels. */
  readonly pattern: string;
}

/** What is known about an asset that ownership can match on. */
export interface AssetFacts {
  readonly path?: string;
  readonly repository?: string;
  readonly hostname?: string;
  readonly ip?: string;
  readonly cloudAccount?: string;
  readonly cloudTags?: Readonly<Record<string, string>>;
  readonly k8sNamespace?: string;
  readonly k8sLabels?: Readonly<Record<string, string>>;
}

function keyValue(pattern: string): [string, string | undefined] {
  const i = pattern.indexOf('=');
  return i < 0 ? [pattern, undefined] : [pattern.slice(0, i), pattern.slice(i + 1)];
}

function matchesMap(map: Readonly<Record<string, string>> | undefined, pattern: string): boolean {
  if (!map) return false;
  const [k, v] = keyValue(pattern);
  return k in map && (v === undefined || picomatch.isMatch(map[k] ?? '', v));
}

function inCidr(ip: string | undefined, cidr: string): boolean {
  if (!ip) return false;
  const family = isIP(ip);
  const [net, bits] = cidr.split('/');
  const netFamily = isIP(net ?? '');
  if (!family || family !== netFamily) return false;
  const list = new BlockList();
  list.addSubnet(net!, Number(bits ?? (family === 4 ? 32 : 128)), family === 4 ? 'ipv4' : 'ipv6');
  return list.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

export function ruleMatches(rule: OwnershipRule, facts: AssetFacts): boolean {
  switch (rule.type) {
    case 'path':
      return facts.path !== undefined && picomatch.isMatch(facts.path, rule.pattern, { dot: true });
    case 'repository':
      return facts.repository !== undefined && picomatch.isMatch(facts.repository, rule.pattern);
    case 'hostname':
      return (
        facts.hostname !== undefined &&
        picomatch.isMatch(facts.hostname.toLowerCase(), rule.pattern.toLowerCase())
      );
    case 'domain': {
      const host = facts.hostname?.toLowerCase();
      const suffix = rule.pattern.toLowerCase().replace(/^\*?\./, '');
      return host !== undefined && (host === suffix || host.endsWith(`.${suffix}`));
    }
    case 'cidr':
      return inCidr(
        facts.ip ?? (facts.hostname && isIP(facts.hostname) ? facts.hostname : undefined),
        rule.pattern,
      );
    case 'cloud-account':
      return facts.cloudAccount !== undefined && facts.cloudAccount === rule.pattern;
    case 'cloud-tag':
      return matchesMap(facts.cloudTags, rule.pattern);
    case 'k8s-namespace':
      return facts.k8sNamespace !== undefined && picomatch.isMatch(facts.k8sNamespace, rule.pattern);
    case 'k8s-label':
      return matchesMap(facts.k8sLabels, rule.pattern);
  }
}

/** First matching rule wins; undefined means unowned (the default owner takes it). */
export function ownerOf(facts: AssetFacts, rules: readonly OwnershipRule[]): string | undefined {
  return rules.find((r) => ruleMatches(r, facts))?.teamId;
}
