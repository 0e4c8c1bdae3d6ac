import type { TerraformDocument, TfResource } from '../../../sources/parsers/terraform/terraform-document.js';
import {
  asBool,
  asNumber,
  isTfObject,
  type TfObject,
  type TfValue,
} from '../../../sources/parsers/terraform/values.js';
import type { PodTemplate } from '../../kubernetes/lib/pod-checks.js';

/**
 * Terraform's kubernetes provider writes the Kubernetes API in snake_case, with nested blocks as
 * lists and singular names (`container`, `security_context`). This converts a resource to the
 * API shape (`containers`, `securityContext`) the pure pod checks read, remembering which
 * Terraform object and key each converted object and key came from, so problems can point at
 * the exact HCL and fixes can be written back in the provider's terms.
 */

/** Repeated blocks: Terraform name => Kubernetes field (a list). */
const LISTS: Readonly<Record<string, string>> = {
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

/** Fields whose API spelling is not the camelCase of the Terraform name. */
const RENAMED: Readonly<Record<string, string>> = { host_pid: 'hostPID', host_ipc: 'hostIPC' };

/** Attributes that are lists of scalars (not blocks), kept as lists. */
const SCALAR_LISTS = new Set(['add', 'drop', 'args', 'command']);

/** Map attributes (`limits = { cpu = "1" }`): their keys are data, not field names. */
export const MAP_ATTRIBUTES: ReadonlySet<string> = new Set([
  'labels',
  'annotations',
  'limits',
  'requests',
  'node_selector',
]);

/**
 * Terraform converts strings to the schema's type (`run_as_user` is even a string in the
 * provider's schema); the checks compare API types, so these are converted the same way.
 */
const BOOLEANS = new Set([
  'privileged',
  'allow_privilege_escalation',
  'read_only_root_filesystem',
  'run_as_non_root',
  'host_network',
  'host_pid',
  'host_ipc',
  'automount_service_account_token',
  'share_process_namespace',
  'host_process',
]);
const INTEGERS = new Set(['run_as_user', 'run_as_group', 'fs_group', 'container_port', 'host_port']);

const API_TO_TF: ReadonlyMap<string, string> = new Map([
  ...Object.entries(LISTS).map(([tf, api]) => [api, tf] as const),
  ...Object.entries(RENAMED).map(([tf, api]) => [api, tf] as const),
]);

const camel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** Terraform name of an API field that is not written (yet). */
export function tfName(apiKey: string): string {
  return API_TO_TF.get(apiKey) ?? apiKey.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Where the converted objects came from. */
export interface K8sView {
  /** Converted object => the Terraform object (block body or object literal) it came from. */
  readonly origin: Map<object, TfObject>;
  /** Converted object => (API key => Terraform key). */
  readonly keys: Map<object, Map<string, string>>;
  /** Converted objects that are maps: their keys are kept as written. */
  readonly maps: Set<object>;
}

/** Terraform key of `apiKey` in the converted object `node`, written or not. */
export function tfKeyIn(view: K8sView, node: object, apiKey: string): string {
  return view.keys.get(node)?.get(apiKey) ?? (view.maps.has(node) ? apiKey : tfName(apiKey));
}

function scalar(key: string, v: TfValue): unknown {
  if (BOOLEANS.has(key)) return asBool(v) ?? v;
  if (INTEGERS.has(key)) return asNumber(v) ?? v;
  return v;
}

function convertMap(tf: TfObject, view: K8sView): Record<string, unknown> {
  const out: Record<string, unknown> = { ...tf };
  view.origin.set(out, tf);
  view.maps.add(out);
  return out;
}

function convert(tf: TfObject, view: K8sView): Record<string, unknown> {
  const k8s: Record<string, unknown> = {};
  const keys = new Map<string, string>();
  view.origin.set(k8s, tf);
  view.keys.set(k8s, keys);
  for (const [key, v] of Object.entries(tf)) {
    const listName = LISTS[key];
    const name = listName ?? RENAMED[key] ?? camel(key);
    keys.set(name, key);
    if (Array.isArray(v) && v.length > 0 && v.every(isTfObject)) {
      const items = v.map((x) => convert(x, view));
      k8s[name] = listName || SCALAR_LISTS.has(key) ? items : items[0];
    } else if (Array.isArray(v) && v.length === 0) {
      // An empty block list (a `dynamic` block over nothing) is an absent block.
      if (listName || SCALAR_LISTS.has(key)) k8s[name] = [];
    } else if (isTfObject(v)) {
      k8s[name] = MAP_ATTRIBUTES.has(key) ? convertMap(v, view) : convert(v, view);
    } else {
      k8s[name] = scalar(key, v);
    }
  }
  return k8s;
}

/** Where each workload keeps its pod template (`metadata` + `spec`), in the API shape. */
const TEMPLATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  pod: [],
  deployment: ['spec', 'template'],
  stateful_set: ['spec', 'template'],
  daemon_set: ['spec', 'template'],
  daemonset: ['spec', 'template'],
  replication_controller: ['spec', 'template'],
  job: ['spec', 'template'],
  cron_job: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** One pod template of a Terraform kubernetes workload, in the API shape. */
export interface TerraformPod {
  readonly res: TfResource;
  readonly template: PodTemplate;
  /** The converted object the template's paths are relative to. */
  readonly root: Record<string, unknown>;
  readonly view: K8sView;
  /** The workload's namespace (the provider's default is `default`), '' when unknown. */
  readonly namespace: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The Terraform resource type's kind: `kubernetes_cron_job_v1` => `cron_job`. */
export function kubernetesKind(type: string): string | null {
  return /^kubernetes_(\w+?)(?:_v\d)?$/.exec(type)?.[1] ?? null;
}

/** Every rule of the family reads the same conversion; the checks never change it. */
const converted = new WeakMap<TerraformDocument, readonly TerraformPod[]>();

/** Pod templates of the document's Terraform kubernetes workloads, in the API shape. */
export function podTemplates(doc: TerraformDocument): readonly TerraformPod[] {
  let pods = converted.get(doc);
  if (!pods) {
    pods = convertPods(doc);
    converted.set(doc, pods);
  }
  return pods;
}

/** Every resource type kubernetesKind maps to a kind with a pod template (`_v0` to `_v9` too). */
const POD_TYPES = Object.keys(TEMPLATE_PATHS).flatMap((k) => [
  `kubernetes_${k}`,
  ...Array.from({ length: 10 }, (_, v) => `kubernetes_${k}_v${v}`),
]);

function convertPods(doc: TerraformDocument): TerraformPod[] {
  const out: TerraformPod[] = [];
  // Asked for by type, so the engine learns these rules need one of them (engine/rule-guard.ts).
  const workloads = POD_TYPES.flatMap((t) => doc.ofType(t));
  if (workloads.length === 0) return out;
  const order = new Map(doc.resources.map((r, i) => [r, i]));
  workloads.sort((a, b) => order.get(a)! - order.get(b)!);
  for (const res of workloads) {
    const kind = kubernetesKind(res.type);
    const path = kind ? TEMPLATE_PATHS[kind] : undefined;
    if (!path) continue;
    const view: K8sView = { origin: new Map(), keys: new Map(), maps: new Set() };
    let root: unknown = convert(res.values, view);
    for (const seg of path) root = isRecord(root) ? root[seg] : undefined;
    if (!isRecord(root) || !isRecord(root['spec'])) continue;
    out.push({
      res,
      template: { metadata: root['metadata'], spec: root['spec'] },
      root,
      view,
      namespace: namespaceOf(doc, res),
    });
  }
  return out;
}

/** First block of `key` in a Terraform object (`metadata` is a list of one block). */
export function firstBlock(values: TfObject, key: string): TfObject | undefined {
  const v = values[key];
  const first = Array.isArray(v) ? v[0] : undefined;
  return isTfObject(first) ? first : undefined;
}

/**
 * A name given directly or by reference to another kubernetes resource of the configuration
 * (`kubernetes_namespace_v1.shop.metadata[0].name`): the referenced resource's metadata name.
 */
export function nameOf(doc: TerraformDocument, from: TfResource, v: TfValue | undefined): string | null {
  if (typeof v === 'string') return v;
  if (v === null || typeof v !== 'object' || Array.isArray(v) || isTfObject(v)) return null;
  if (!v.ref || v.attr !== 'metadata') return null;
  const target = doc.resources.find((r) => r.module === from.module && `${r.type}.${r.name}` === v.ref);
  const name = target ? firstBlock(target.values, 'metadata')?.['name'] : undefined;
  return typeof name === 'string' ? name : null;
}

/** Namespace of a kubernetes resource: `default` when not set, '' when not known. */
export function namespaceOf(doc: TerraformDocument, res: TfResource): string {
  const ns = firstBlock(res.values, 'metadata')?.['namespace'];
  if (ns === undefined || ns === null) return 'default';
  return nameOf(doc, res, ns) ?? '';
}
