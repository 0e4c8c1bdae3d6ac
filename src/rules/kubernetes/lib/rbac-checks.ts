import type { Severity } from '../../../core/severity.js';
import type { PlainObject } from '../../../sources/parsers/kubernetes/kubernetes-document.js';
import { isPlainObject } from '../../../sources/parsers/kubernetes/workloads.js';
import type { Problem } from './problem.js';

/**
 * Pure checks over the `rules` of a Role or ClusterRole (API shape). Paths are relative to the
 * role object: `['rules', 0, 'verbs', 1]`.
 */
export interface PolicyRule {
  readonly index: number;
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
  readonly resourceNames: readonly string[];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The resource rules of a role; an aggregated ClusterRole has none of its own. */
export function policyRules(role: PlainObject): PolicyRule[] {
  if (role.aggregationRule !== undefined) return [];
  const rules = role.rules;
  if (!Array.isArray(rules)) return [];
  const out: PolicyRule[] = [];
  rules.forEach((r: unknown, index) => {
    if (!isPlainObject(r)) return;
    out.push({
      index,
      apiGroups: strings(r.apiGroups),
      resources: strings(r.resources),
      verbs: strings(r.verbs),
      resourceNames: strings(r.resourceNames),
    });
  });
  return out;
}

/** True when the rule applies to the core API group (`""`) or every group. */
function coreGroup(rule: PolicyRule): boolean {
  return rule.apiGroups.length === 0 || rule.apiGroups.includes('') || rule.apiGroups.includes('*');
}

function where(rule: PolicyRule, field: 'apiGroups' | 'resources' | 'verbs', value: string): Problem['at'] {
  const source = rule[field];
  const i = source.indexOf(value);
  return i >= 0 ? ['rules', rule.index, field, i] : ['rules', rule.index];
}

const READ_VERBS = ['get', 'list', 'watch', '*'];

export function wildcardProblems(role: PlainObject): Problem[] {
  const out: Problem[] = [];
  for (const rule of policyRules(role)) {
    const fields = (['apiGroups', 'resources', 'verbs'] as const).filter((f) => rule[f].includes('*'));
    const first = fields[0];
    if (!first) continue;
    const allOfGroups = rule.verbs.includes('*') && rule.resources.includes('*');
    const everything = allOfGroups && rule.apiGroups.includes('*');
    let message = `rule uses a wildcard in ${fields.join(', ')}, which also grants anything added later`;
    if (everything) message = 'rule grants every verb on every resource (as powerful as cluster-admin)';
    else if (allOfGroups)
      message = `rule grants every verb on every resource of API group(s) ${rule.apiGroups.map((g) => g || '""').join(', ')}`;
    // `*` resources of the core group include Secrets: reading them is reading every credential.
    const readsSecrets =
      rule.resources.includes('*') && coreGroup(rule) && rule.verbs.some((v) => READ_VERBS.includes(v));
    if (readsSecrets && !everything) message += ' (including reading every Secret)';
    out.push({
      at: where(rule, first, '*'),
      logical: `rules[${rule.index}]`,
      message,
      severity: allOfGroups || readsSecrets ? 'high' : 'medium',
    });
  }
  return out;
}

export function secretsAccessProblems(role: PlainObject, clusterWide: boolean): Problem[] {
  const out: Problem[] = [];
  for (const rule of policyRules(role)) {
    if (!coreGroup(rule) || !rule.resources.includes('secrets')) continue;
    const verbs = rule.verbs.filter((v) => READ_VERBS.includes(v));
    if (verbs.length === 0) continue;
    const bulk = verbs.some((v) => v !== 'get');
    const named = rule.resourceNames.length > 0;
    let severity: Severity = clusterWide ? 'high' : 'medium';
    if (named && !bulk) severity = 'low';
    out.push({
      at: where(rule, 'resources', 'secrets'),
      logical: `rules[${rule.index}]/secrets`,
      message: `rule can read ${named ? 'the named' : 'all'} secrets${clusterWide ? ' (cluster role)' : ''} with ${verbs.join(', ')}`,
      severity,
    });
  }
  return out;
}

const EXEC_RESOURCES = ['pods/exec', 'pods/attach', 'pods/*'];
const EXEC_VERBS = ['create', 'get', '*'];

export function podExecProblems(role: PlainObject, clusterWide: boolean): Problem[] {
  const out: Problem[] = [];
  for (const rule of policyRules(role)) {
    if (!coreGroup(rule)) continue;
    const resource = rule.resources.find((r) => EXEC_RESOURCES.includes(r));
    if (!resource || !rule.verbs.some((v) => EXEC_VERBS.includes(v))) continue;
    out.push({
      at: where(rule, 'resources', resource),
      logical: `rules[${rule.index}]/${resource}`,
      message: `rule allows ${resource} (running commands inside ${clusterWide ? 'any' : "the namespace's"} pods)`,
      severity: clusterWide ? 'high' : 'medium',
    });
  }
  return out;
}

const ESCALATION_VERBS = ['escalate', 'bind', 'impersonate'];

export function escalationVerbProblems(role: PlainObject): Problem[] {
  const out: Problem[] = [];
  for (const rule of policyRules(role)) {
    for (const verb of rule.verbs.filter((v) => ESCALATION_VERBS.includes(v))) {
      const what =
        verb === 'impersonate'
          ? 'act as other users, groups or service accounts'
          : verb === 'bind'
            ? 'bind roles it does not hold itself'
            : 'grant permissions it does not hold itself';
      out.push({
        at: where(rule, 'verbs', verb),
        logical: `rules[${rule.index}]/${verb}`,
        message: `rule grants the "${verb}" verb: the holder can ${what}`,
      });
    }
  }
  return out;
}
