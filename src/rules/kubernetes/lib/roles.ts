import type {
  K8sResource,
  KubernetesDocument,
} from '../../../sources/parsers/kubernetes/kubernetes-document.js';

/** Roles and ClusterRoles of the file, built-in `system:` roles excluded. */
export function rolesOf(doc: KubernetesDocument): { resource: K8sResource; clusterWide: boolean }[] {
  return doc.resources
    .filter((r) => (r.kind === 'Role' || r.kind === 'ClusterRole') && !r.name.startsWith('system:'))
    .map((resource) => ({ resource, clusterWide: resource.kind === 'ClusterRole' }));
}
