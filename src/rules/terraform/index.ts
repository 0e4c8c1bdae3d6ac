import type { AnyRule } from '../../core/rule.js';
import k8sPrivileged from './k8s-privileged.js';

/** Rules for Terraform that are not about one cloud (the kubernetes provider, for now). */
export const rules: readonly AnyRule[] = [k8sPrivileged];
