import type { RuleContext } from '../../../core/rule.js';
import { hclString, setAttribute, setNestedAttribute } from '../../../fixers/hcl-edit.js';
import type { TerraformDocument, TfResource } from '../../../sources/parsers/terraform/terraform-document.js';
import { isTfObject, type TfObject, type TfValue } from '../../../sources/parsers/terraform/values.js';
import { reportResource } from '../../aws/lib/report.js';
import type { PodTemplate } from '../../kubernetes/lib/pod-checks.js';
import type { FixIntent, Problem, SubPath } from '../../kubernetes/lib/problem.js';

/**
 * Runs the Kubernetes rules' pure pod checks (src/rules/kubernetes/lib) on the Terraform
 * kubernetes provider's resources. Terraform writes the API in snake_case with nested blocks
 * as lists and singular names (`container`, `security_context`); this converts to the API shape
 * (`containers`, `securityContext`), remembering which Terraform object each converted object
 * came from, so problems point at the exact HCL line and `set` fixes become HCL edits.
 */

/** Repeated blocks: Terraform name => Kubernetes field (a list). */
const LISTS: Record<string, string> = {
  container: 'containers',
  init_container: 'initContainers',
  ephemeral_container: 'ephemeralContainers',
  volume: 'volumes',
  volume_mount: 'volumeMounts',
  env: 'env',
  env_from: 'envFrom',
  port: 'ports',
  toleration: 'tolerations',
  host_aliases: 'hostAliases',
  image_pull_secrets: 'imagePullSecrets',
  sysctl: 'sysctls',
};

/** Attributes that are lists of scalars (not blocks), kept as lists. */
const SCALAR_LISTS = new Set(['add', 'drop', 'args', 'command']);

const camel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

interface Converted {
  readonly value: Record<string, unknown>;
  /** Converted object => the Terraform object it came from. */
  readonly origin: Map<object, TfObject>;
  /** Converted key => Terraform key, per converted object. */
  readonly keys: Map<object, Map<string, string>>;
}

function convert(tf: TfObject, out: Converted): Record<string, unknown> {
  const k8s: Record<string, unknown> = {};
  const keys = new Map<string, string>();
  out.origin.set(k8s, tf);
  out.keys.set(k8s, keys);
  for (const [key, v] of Object.entries(tf)) {
    const listName = LISTS[key];
    const name = listName ?? camel(key);
    keys.set(name, key);
    if (Array.isArray(v) && v.every(isTfObject)) {
      const items = v.map((x) => convert(x, out));
      k8s[name] = listName || SCALAR_LISTS.has(key) ? items : items[0];
    } else if (isTfObject(v) && (key === 'labels' || key === 'annotations')) {
      k8s[name] = v;
    } else if (isTfObject(v)) {
      k8s[name] = convert(v, out);
    } else {
      k8s[name] = v as unknown;
    }
  }
  return k8s;
}

/** Pod templates of the Terraform kubernetes resources, in the API shape. */
export function podTemplates(
  doc: TerraformDocument,
): { res: TfResource; template: PodTemplate; conv: Converted; root: unknown }[] {
  const out: { res: TfResource; template: PodTemplate; conv: Converted; root: unknown }[] = [];
  const WORKLOADS = [
    'deployment',
    'stateful_set',
    'daemon_set',
    'daemonset',
    'replication_controller',
    'job',
    'cron_job',
  ];
  for (const res of doc.resources) {
    const m = /^kubernetes_(\w+?)(?:_v\d)?$/.exec(res.type);
    if (!m) continue;
    const kind = m[1] as string;
    const conv: Converted = { value: {}, origin: new Map(), keys: new Map() };
    const root = convert(res.values, conv);
    const spec = root['spec'];
    if (kind === 'pod') {
      if (spec && typeof spec === 'object')
        out.push({
          res,
          template: { metadata: root['metadata'], spec: spec as Record<string, unknown> },
          conv,
          root,
        });
      continue;
    }
    if (!WORKLOADS.includes(kind) || !spec || typeof spec !== 'object') continue;
    let t = (spec as Record<string, unknown>)['template'] as Record<string, unknown> | undefined;
    if (kind === 'cron_job')
      t = ((t?.['spec'] as Record<string, unknown> | undefined)?.['template'] ?? t) as typeof t;
    const jobTemplate = (spec as Record<string, unknown>)['jobTemplate'] as
      | Record<string, unknown>
      | undefined;
    if (kind === 'cron_job' && jobTemplate)
      t = ((jobTemplate['spec'] as Record<string, unknown> | undefined)?.['template'] ?? t) as typeof t;
    if (t && typeof t['spec'] === 'object' && t['spec'] !== null)
      out.push({
        res,
        template: { metadata: t['metadata'], spec: t['spec'] as Record<string, unknown> },
        conv,
        root: t,
      });
  }
  return out;
}

/** The Terraform object and key a converted path ends at (the deepest existing one). */
function resolve(conv: Converted, root: unknown, path: SubPath): { obj: TfObject; key?: string } | null {
  let node: unknown = root;
  let best: { obj: TfObject; key?: string } | null = null;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') break;
    const tf = conv.origin.get(node);
    if (typeof seg === 'string') {
      if (tf) {
        const key = conv.keys.get(node)?.get(seg) ?? seg.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
        best = { obj: tf, key };
      }
      node = (node as Record<string, unknown>)[seg];
    } else {
      node = Array.isArray(node) ? node[seg] : undefined;
      if (node && typeof node === 'object' && conv.origin.get(node))
        best = { obj: conv.origin.get(node) as TfObject };
    }
  }
  return best;
}

function hclValue(v: unknown): string | null {
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (typeof v === 'string') return hclString(v);
  return null;
}

/** Reports the problems a pod check finds in every Terraform kubernetes workload. */
export function checkTerraformPods(
  doc: TerraformDocument,
  ctx: RuleContext,
  check: (t: PodTemplate) => Problem[],
): void {
  for (const { res, template, conv, root } of podTemplates(doc)) {
    for (const p of check(template)) {
      const at = resolve(conv, root, p.at);
      if (!at) continue;
      const intent = p.fix?.length === 1 ? (p.fix[0] as FixIntent) : undefined;
      reportResource(doc, ctx, {
        res,
        obj: at.obj,
        ...(at.key !== undefined ? { key: at.key } : {}),
        path: p.logical,
        message: `${res.address}: ${p.message}`,
        ...(p.severity ? { severity: p.severity } : {}),
        ...(p.evidence !== undefined ? { evidence: p.evidence } : {}),
        ...(intent?.op === 'set'
          ? {
              fix: () => {
                const value = hclValue(intent.value);
                if (value === null) return null;
                const key = intent.key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
                const map = resolve(conv, root, intent.map);
                const mapObj = map && getConverted(conv, root, intent.map);
                if (mapObj) {
                  const target = doc.locate(conv.origin.get(mapObj) as TfObject);
                  return target ? setAttribute(target, key, value) : null;
                }
                // The map (e.g. securityContext) is missing: create it inside its parent.
                const parentPath = intent.map.slice(0, -1);
                const parent = getConverted(conv, root, parentPath);
                const blockKey = String(intent.map[intent.map.length - 1] ?? '').replace(
                  /[A-Z]/g,
                  (c) => `_${c.toLowerCase()}`,
                );
                const tfParent = parent ? conv.origin.get(parent) : undefined;
                const target = tfParent ? doc.locate(tfParent) : null;
                return target ? setNestedAttribute(target, blockKey, key, value) : null;
              },
            }
          : {}),
      });
    }
  }
}

function getConverted(conv: Converted, root: unknown, path: SubPath): object | null {
  let node: unknown = root;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return null;
    node =
      typeof seg === 'number'
        ? Array.isArray(node)
          ? node[seg]
          : undefined
        : (node as Record<string, unknown>)[seg];
  }
  return node !== null && typeof node === 'object' && conv.origin.has(node) ? node : null;
}

export type { TfValue };
