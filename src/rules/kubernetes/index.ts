import type { AnyRule } from '../../core/rule.js';
import allowPrivilegeEscalation from './allow-privilege-escalation.js';
import apparmor from './apparmor.js';
import capabilitiesDropAll from './capabilities-drop-all.js';
import dangerousCapabilities from './dangerous-capabilities.js';
import defaultNamespace from './default-namespace.js';
import hostNamespaces from './host-namespaces.js';
import hostPath from './host-path.js';
import hostPort from './host-port.js';
import imagePullPolicy from './image-pull-policy.js';
import imageTag from './image-tag.js';
import ingressTls from './ingress-tls.js';
import networkPolicy from './network-policy.js';
import privileged from './privileged.js';
import procMount from './proc-mount.js';
import rbacClusterAdmin from './rbac-cluster-admin.js';
import rbacEscalation from './rbac-escalation.js';
import rbacPodExec from './rbac-pod-exec.js';
import rbacSecrets from './rbac-secrets.js';
import rbacWildcard from './rbac-wildcard.js';
import readOnlyRootFilesystem from './read-only-root-filesystem.js';
import resourceLimits from './resource-limits.js';
import resourceRequests from './resource-requests.js';
import runAsRoot from './run-as-root.js';
import seccomp from './seccomp.js';
import secretEnv from './secret-env.js';
import serviceAccountToken from './service-account-token.js';
import serviceExposed from './service-exposed.js';
import serviceExternalIps from './service-external-ips.js';
import shareProcessNamespace from './share-process-namespace.js';
import unsafeSysctls from './unsafe-sysctls.js';

export const rules: readonly AnyRule[] = [
  privileged,
  allowPrivilegeEscalation,
  runAsRoot,
  hostNamespaces,
  hostPath,
  dangerousCapabilities,
  capabilitiesDropAll,
  readOnlyRootFilesystem,
  procMount,
  seccomp,
  apparmor,
  unsafeSysctls,
  shareProcessNamespace,
  hostPort,
  resourceLimits,
  resourceRequests,
  imageTag,
  imagePullPolicy,
  secretEnv,
  serviceAccountToken,
  rbacClusterAdmin,
  rbacWildcard,
  rbacSecrets,
  rbacPodExec,
  rbacEscalation,
  serviceExposed,
  serviceExternalIps,
  ingressTls,
  defaultNamespace,
  networkPolicy,
];
