import type { TerraformDocument } from '../../../sources/parsers/terraform/terraform-document.js';
import { asBool, isTfObject, type TfValue } from '../../../sources/parsers/terraform/values.js';
import type { ResourceDefaults, ResourceName } from '../../kubernetes/lib/pod-checks.js';
import { firstBlock, kubernetesKind, namespaceOf } from './k8s-shape.js';

/**
 * Facts from other kubernetes resources of the same configuration that change a pod check's
 * answer, as src/rules/kubernetes/lib/file-set.ts gathers them from neighbouring manifests:
 * ServiceAccounts that turn the token off, LimitRanges that give containers default limits.
 * Keys are `namespace/name` and namespaces, with the provider's default namespace `default`.
 */

/**
 * `automount_service_account_token` of each ServiceAccount declared here (undefined when not
 * set: the provider then leaves the Kubernetes default, which mounts the token).
 */
export function serviceAccountAutomount(doc: TerraformDocument): Map<string, boolean | undefined> {
  const out = new Map<string, boolean | undefined>();
  for (const res of doc.resources) {
    const kind = kubernetesKind(res.type);
    if (kind !== 'service_account' && kind !== 'default_service_account') continue;
    const name =
      kind === 'default_service_account' ? 'default' : firstBlock(res.values, 'metadata')?.['name'];
    if (typeof name !== 'string') continue;
    out.set(`${namespaceOf(doc, res)}/${name}`, asBool(res.values['automount_service_account_token']));
  }
  return out;
}

function hasQuantity(map: TfValue | undefined, name: ResourceName): boolean {
  return isTfObject(map) && map[name] !== undefined && map[name] !== null;
}

/** Resource defaults each namespace's LimitRanges give containers. */
export function limitRangeDefaults(doc: TerraformDocument): Map<string, ResourceDefaults> {
  const out = new Map<string, { limits: Set<ResourceName>; requests: Set<ResourceName> }>();
  for (const res of doc.resources) {
    if (kubernetesKind(res.type) !== 'limit_range') continue;
    const limits = firstBlock(res.values, 'spec')?.['limit'];
    if (!Array.isArray(limits)) continue;
    const ns = namespaceOf(doc, res);
    const entry = out.get(ns) ?? { limits: new Set<ResourceName>(), requests: new Set<ResourceName>() };
    out.set(ns, entry);
    for (const item of limits) {
      if (!isTfObject(item) || (item['type'] !== undefined && item['type'] !== 'Container')) continue;
      for (const name of ['cpu', 'memory'] as const) {
        if (hasQuantity(item['default'], name)) entry.limits.add(name);
        if (hasQuantity(item['default_request'], name)) entry.requests.add(name);
      }
    }
  }
  return out;
}
