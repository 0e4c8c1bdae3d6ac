import type { RuleContext } from '../../../core/rule.js';
import type { TerraformDocument } from '../../../sources/parsers/terraform/terraform-document.js';
import { isUnknown, type TfObject } from '../../../sources/parsers/terraform/values.js';
import { reportResource } from '../../aws/lib/report.js';
import type { PodTemplate } from '../../kubernetes/lib/pod-checks.js';
import type { FixIntent, Problem, SubPath } from '../../kubernetes/lib/problem.js';
import { applyIntents, type FixScope } from './k8s-fix.js';
import { type K8sView, podTemplates, type TerraformPod, tfKeyIn } from './k8s-shape.js';

/**
 * Runs the Kubernetes rules' pure pod checks (src/rules/kubernetes/lib) on the Terraform
 * kubernetes provider's workloads (pods, deployments, stateful and daemon sets, replication
 * controllers, jobs and cron jobs, `_v1` or not): one rule, two input shapes. Problems point at
 * the exact HCL; fixes and suggestions become HCL edits (k8s-fix.ts).
 */

export type { TerraformPod } from './k8s-shape.js';

export interface TerraformPodOptions {
  /** Report only when the offending value is written as a literal in the resource itself. */
  readonly literalOnly?: boolean;
}

/** The Terraform object and key a converted path ends at (the deepest existing one). */
function resolve(view: K8sView, root: object, path: SubPath): { obj: TfObject; key?: string } | null {
  let node: unknown = root;
  let best: { obj: TfObject; key?: string } | null = null;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') break;
    const tf = view.origin.get(node);
    if (typeof seg === 'string') {
      if (tf) best = { obj: tf, key: tfKeyIn(view, node, seg) };
      node = (node as Record<string, unknown>)[seg];
    } else {
      node = Array.isArray(node) ? node[seg] : undefined;
      const item = node !== null && typeof node === 'object' ? view.origin.get(node) : undefined;
      if (item) best = { obj: item };
    }
  }
  return best;
}

/** Whether a path runs into a value only known at apply time (or a list holding one). */
function reachesUnknown(root: object, path: SubPath): boolean {
  let node: unknown = root;
  for (const seg of path) {
    if (isUnknown(node)) return true;
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return isUnknown(node) || (Array.isArray(node) && node.some(isUnknown));
}

function targetOf(intent: FixIntent): SubPath {
  switch (intent.op) {
    case 'set':
      return [...intent.map, intent.key];
    case 'remove':
      return intent.path;
    case 'remove-item':
    case 'append':
      return intent.seq;
  }
}

/**
 * Unknown values never produce a finding by themselves: a problem at one, or one whose fix
 * would change one (`drop = var.caps` is not "missing"), cannot be judged.
 */
function judgeable(root: object, p: Problem): boolean {
  const intents = [...(p.fix ?? []), ...(p.suggest?.intents(p.suggest.placeholder) ?? [])];
  return !reachesUnknown(root, p.at) && !intents.some((i) => reachesUnknown(root, targetOf(i)));
}

/** Reports the problems a pod check finds in every Terraform kubernetes workload. */
export function checkTerraformPods(
  doc: TerraformDocument,
  ctx: RuleContext,
  check: (t: PodTemplate, pod: TerraformPod) => readonly Problem[],
  options: TerraformPodOptions = {},
): void {
  for (const pod of podTemplates(doc)) {
    const { res, root, view } = pod;
    const scope: FixScope = { doc, view, root };
    for (const p of check(pod.template, pod)) {
      if (!judgeable(root, p)) continue;
      const at = resolve(view, root, p.at);
      if (!at) continue;
      if (options.literalOnly && doc.locate(at.obj, at.key)?.valueExpr?.k !== 'lit') continue;
      const fix = p.fix;
      const suggest = p.suggest;
      reportResource(doc, ctx, {
        res,
        obj: at.obj,
        ...(at.key !== undefined ? { key: at.key } : {}),
        path: p.logical,
        message: `${res.address}: ${p.message}`,
        ...(p.severity ? { severity: p.severity } : {}),
        ...(p.evidence !== undefined ? { evidence: p.evidence } : {}),
        ...(fix ? { fix: () => applyIntents(scope, fix) } : {}),
        ...(suggest
          ? {
              suggest: {
                question: suggest.question,
                option: suggest.option,
                placeholder: suggest.placeholder,
                edits: (_target, value) => applyIntents(scope, suggest.intents(value)),
              },
            }
          : {}),
      });
    }
  }
}
