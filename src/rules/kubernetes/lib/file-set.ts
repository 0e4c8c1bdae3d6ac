import type {
  K8sResource,
  KubernetesDocument,
} from '../../../sources/parsers/kubernetes/kubernetes-document.js';
import { isPlainObject } from '../../../sources/parsers/kubernetes/workloads.js';
import type { ResourceDefaults, ResourceName } from './pod-checks.js';

/**
 * Facts gathered across the objects of one file (one document set), for checks whose answer
 * depends on a neighbour: LimitRange defaults, ServiceAccount settings, NetworkPolicies.
 * Objects without a namespace share the key '' (whatever namespace they are applied to).
 */
export function namespaceKey(resource: K8sResource): string {
  return resource.namespace ?? '';
}

/** Resource defaults each namespace's LimitRanges give containers. */
export function limitRangeDefaults(doc: KubernetesDocument): Map<string, ResourceDefaults> {
  const out = new Map<string, { limits: Set<ResourceName>; requests: Set<ResourceName> }>();
  for (const r of doc.resources) {
    if (r.kind !== 'LimitRange' || !isPlainObject(r.value.spec)) continue;
    const limits = r.value.spec.limits;
    if (!Array.isArray(limits)) continue;
    const key = namespaceKey(r);
    const entry = out.get(key) ?? { limits: new Set<ResourceName>(), requests: new Set<ResourceName>() };
    out.set(key, entry);
    for (const item of limits) {
      if (!isPlainObject(item) || (item.type !== undefined && item.type !== 'Container')) continue;
      for (const name of ['cpu', 'memory'] as const) {
        if (isPlainObject(item.default) && item.default[name] !== undefined) entry.limits.add(name);
        if (isPlainObject(item.defaultRequest) && item.defaultRequest[name] !== undefined)
          entry.requests.add(name);
      }
    }
  }
  return out;
}

/** `automountServiceAccountToken` of each ServiceAccount declared in the file, by namespace/name. */
export function serviceAccountAutomount(doc: KubernetesDocument): Map<string, boolean | undefined> {
  const out = new Map<string, boolean | undefined>();
  for (const r of doc.resources) {
    if (r.kind !== 'ServiceAccount') continue;
    const value = r.value.automountServiceAccountToken;
    out.set(`${namespaceKey(r)}/${r.name}`, typeof value === 'boolean' ? value : undefined);
  }
  return out;
}
