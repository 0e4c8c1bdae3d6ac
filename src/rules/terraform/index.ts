import type { AnyRule } from '../../core/rule.js';
import k8sAllowPrivilegeEscalation from './k8s-allow-privilege-escalation.js';
import k8sAppArmor from './k8s-apparmor.js';
import k8sCapabilitiesDropAll from './k8s-capabilities-drop-all.js';
import k8sDangerousCapabilities from './k8s-dangerous-capabilities.js';
import k8sHostNamespaces from './k8s-host-namespaces.js';
import k8sHostPath from './k8s-host-path.js';
import k8sHostPort from './k8s-host-port.js';
import k8sImagePullPolicy from './k8s-image-pull-policy.js';
import k8sImageTag from './k8s-image-tag.js';
import k8sPrivileged from './k8s-privileged.js';
import k8sProcMount from './k8s-proc-mount.js';
import k8sReadOnlyRootFilesystem from './k8s-read-only-root-filesystem.js';
import k8sResourceLimits from './k8s-resource-limits.js';
import k8sResourceRequests from './k8s-resource-requests.js';
import k8sRunAsRoot from './k8s-run-as-root.js';
import k8sSeccomp from './k8s-seccomp.js';
import k8sSecretEnv from './k8s-secret-env.js';
import k8sServiceAccountToken from './k8s-service-account-token.js';
import k8sShareProcessNamespace from './k8s-share-process-namespace.js';
import k8sUnsafeSysctls from './k8s-unsafe-sysctls.js';

/**
 * Rules for Terraform that are not about one cloud: the kubernetes provider's workloads, judged
 * by the same pod checks as the Kubernetes manifests (src/rules/kubernetes/lib/pod-checks.ts).
 */
export const rules: readonly AnyRule[] = [
  k8sPrivileged,
  k8sAllowPrivilegeEscalation,
  k8sRunAsRoot,
  k8sHostNamespaces,
  k8sHostPath,
  k8sHostPort,
  k8sProcMount,
  k8sUnsafeSysctls,
  k8sShareProcessNamespace,
  k8sDangerousCapabilities,
  k8sCapabilitiesDropAll,
  k8sReadOnlyRootFilesystem,
  k8sResourceLimits,
  k8sResourceRequests,
  k8sImageTag,
  k8sImagePullPolicy,
  k8sSecretEnv,
  k8sServiceAccountToken,
  k8sSeccomp,
  k8sAppArmor,
];
