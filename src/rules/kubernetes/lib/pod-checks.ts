import type { Severity } from '../../../core/severity.js';
import type { PlainObject } from '../../../sources/parsers/kubernetes/kubernetes-document.js';
import {
  type ContainerRef,
  containersOf,
  getIn,
  isPlainObject,
} from '../../../sources/parsers/kubernetes/workloads.js';
import type { FixIntent, Problem, SubPath } from './problem.js';

/**
 * Pure checks over a pod template in the Kubernetes API shape: `{ metadata?: { annotations },
 * spec: PodSpec }`. Every path in a returned Problem is relative to that template, so `['spec',
 * 'containers', 0, 'securityContext', 'privileged']` works for a Pod (template = the object) as
 * well as for a Deployment (template = `spec.template`) or any other source of the same shape.
 */
export interface PodTemplate {
  readonly metadata?: unknown;
  readonly spec: PlainObject;
}

const EMPTY: PlainObject = {};

function obj(value: unknown): PlainObject {
  return isPlainObject(value) ? value : EMPTY;
}

function specOf(t: PodTemplate): PlainObject {
  return t.spec;
}

function annotationsOf(t: PodTemplate): PlainObject {
  return obj(obj(t.metadata).annotations);
}

function podSecurityContext(t: PodTemplate): PlainObject {
  return obj(specOf(t).securityContext);
}

function containerSecurityContext(c: ContainerRef): PlainObject {
  return obj(c.value.securityContext);
}

/** Windows pods do not support most Linux security settings; those checks skip them. */
export function isWindowsPod(t: PodTemplate): boolean {
  const spec = specOf(t);
  if (obj(spec.os).name === 'windows') return true;
  return obj(podSecurityContext(t).windowsOptions).hostProcess === true;
}

/** Path of a container relative to the template. */
function cpath(c: ContainerRef, ...rest: SubPath): SubPath {
  return ['spec', ...c.specPath, ...rest];
}

/** Where to point for something missing in a container: its `name` entry, or the item itself. */
function containerAnchor(c: ContainerRef): SubPath {
  return typeof c.value.name === 'string' ? cpath(c, 'name') : cpath(c);
}

/**
 * The deepest existing prefix of `path` inside `within` (strictly longer than it), or `fallback`
 * when nothing below `within` exists yet.
 */
function deepestExisting(t: PodTemplate, path: SubPath, within: SubPath, fallback: SubPath): SubPath {
  for (let n = path.length; n > within.length; n--) {
    const prefix = path.slice(0, n);
    if (getIn(t, prefix) !== undefined) return prefix;
  }
  return fallback;
}

function scSet(c: ContainerRef, key: string, value: unknown): FixIntent {
  return { op: 'set', map: cpath(c, 'securityContext'), key, value };
}

const POD_ANCHOR: SubPath = ['spec'];

// ---------------------------------------------------------------------------------------------
// privileged

export function privilegedProblems(t: PodTemplate): Problem[] {
  return containersOf(specOf(t))
    .filter((c) => containerSecurityContext(c).privileged === true)
    .map((c) => ({
      at: cpath(c, 'securityContext', 'privileged'),
      logical: `${c.logical}/securityContext/privileged`,
      message: `container "${c.name}" runs privileged (full access to the host's devices and kernel)`,
      fix: [scSet(c, 'privileged', false)],
    }));
}

// ---------------------------------------------------------------------------------------------
// allowPrivilegeEscalation

export function privilegeEscalationProblems(t: PodTemplate): Problem[] {
  if (isWindowsPod(t)) return [];
  const out: Problem[] = [];
  for (const c of containersOf(specOf(t))) {
    const value = containerSecurityContext(c).allowPrivilegeEscalation;
    if (value === false) continue;
    const explicit = value !== undefined;
    out.push({
      at: explicit ? cpath(c, 'securityContext', 'allowPrivilegeEscalation') : containerAnchor(c),
      logical: `${c.logical}/securityContext/allowPrivilegeEscalation`,
      message: explicit
        ? `container "${c.name}" sets allowPrivilegeEscalation: ${String(value)}`
        : `container "${c.name}" does not set allowPrivilegeEscalation: false (setuid binaries can gain privileges)`,
      fix: [scSet(c, 'allowPrivilegeEscalation', false)],
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// run as root

const UID_SUGGESTION = {
  question: 'Which non-zero uid should the container run as (it must be able to read its files)?',
  option: 'uid',
  placeholder: '10001',
} as const;

function uidIntents(map: SubPath): (value: string) => readonly FixIntent[] {
  return (value) => {
    const uid = Number(value);
    return [{ op: 'set', map, key: 'runAsUser', value: Number.isInteger(uid) && uid > 0 ? uid : value }];
  };
}

export function runAsRootProblems(t: PodTemplate): Problem[] {
  if (isWindowsPod(t)) return [];
  const podSc = podSecurityContext(t);
  const podUser = podSc.runAsUser;
  const podNonRoot = podSc.runAsNonRoot;
  const out: Problem[] = [];
  let podUidZeroUsed = false;
  let podNonRootFalseUsed = false;
  const missing: ContainerRef[] = [];
  const containers = containersOf(specOf(t));
  for (const c of containers) {
    const sc = containerSecurityContext(c);
    const user = sc.runAsUser ?? podUser;
    const nonRoot = sc.runAsNonRoot ?? podNonRoot;
    if (user === 0) {
      if (sc.runAsUser === 0) {
        out.push({
          at: cpath(c, 'securityContext', 'runAsUser'),
          logical: `${c.logical}/securityContext/runAsUser`,
          message: `container "${c.name}" runs as root (runAsUser: 0)`,
          severity: 'high',
          suggest: { ...UID_SUGGESTION, intents: uidIntents(cpath(c, 'securityContext')) },
        });
      } else podUidZeroUsed = true;
      continue;
    }
    // A uid we cannot read (a template, a value Terraform only knows at apply time) is no finding.
    if ((user !== undefined && user !== null) || nonRoot === true) continue;
    if (sc.runAsNonRoot === false) {
      out.push({
        at: cpath(c, 'securityContext', 'runAsNonRoot'),
        logical: `${c.logical}/securityContext/runAsNonRoot`,
        message: `container "${c.name}" sets runAsNonRoot: false, so it may run as root`,
        fix: [scSet(c, 'runAsNonRoot', true)],
      });
      continue;
    }
    if (podNonRoot === false) {
      podNonRootFalseUsed = true;
      continue;
    }
    missing.push(c);
  }
  if (podUidZeroUsed) {
    out.unshift({
      at: ['spec', 'securityContext', 'runAsUser'],
      logical: 'securityContext/runAsUser',
      message: 'pod runs its containers as root (securityContext.runAsUser: 0)',
      severity: 'high',
      suggest: { ...UID_SUGGESTION, intents: uidIntents(['spec', 'securityContext']) },
    });
  }
  if (podNonRootFalseUsed) {
    out.push({
      at: ['spec', 'securityContext', 'runAsNonRoot'],
      logical: 'securityContext/runAsNonRoot',
      message: 'pod sets runAsNonRoot: false, so its containers may run as root',
      fix: [{ op: 'set', map: ['spec', 'securityContext'], key: 'runAsNonRoot', value: true }],
    });
  }
  if (missing.length > 0 && missing.length === containers.length && !podNonRootFalseUsed) {
    out.push({
      at: POD_ANCHOR,
      logical: 'securityContext/runAsNonRoot',
      message:
        'neither the pod nor its containers set runAsNonRoot: true or a non-zero runAsUser, so they run as the image user (often root)',
      fix: [{ op: 'set', map: ['spec', 'securityContext'], key: 'runAsNonRoot', value: true }],
    });
  } else {
    for (const c of missing) {
      out.push({
        at: containerAnchor(c),
        logical: `${c.logical}/securityContext/runAsNonRoot`,
        message: `container "${c.name}" does not set runAsNonRoot: true or a non-zero runAsUser, so it runs as the image user (often root)`,
        fix: [scSet(c, 'runAsNonRoot', true)],
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// host namespaces

const HOST_NAMESPACES = {
  hostNetwork: "shares the node's network stack (it can reach node-local services and sniff traffic)",
  hostPID: "shares the node's process table (it can see and signal every process on the node)",
  hostIPC: "shares the node's IPC namespace (shared memory of other processes)",
} as const;

export function hostNamespaceProblems(t: PodTemplate): Problem[] {
  const spec = specOf(t);
  const out: Problem[] = [];
  for (const [key, what] of Object.entries(HOST_NAMESPACES)) {
    if (spec[key] !== true) continue;
    out.push({
      at: ['spec', key],
      logical: key,
      message: `pod sets ${key}: true and ${what}`,
      fix: [{ op: 'set', map: ['spec'], key, value: false }],
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// hostPath volumes

const RUNTIME_SOCKET = /(?:^|\/)(?:docker|containerd|crio|cri-dockerd|podman|dockershim)\.sock$/;
/** Directories that hold the container runtime's socket: mounting them is mounting the socket. */
const SOCKET_DIRS = [
  '/var/run',
  '/run',
  '/run/containerd',
  '/var/run/containerd',
  '/var/run/docker',
  '/run/docker',
];
const SENSITIVE_PREFIXES = [
  '/etc',
  '/proc',
  '/sys',
  '/dev',
  '/root',
  '/home',
  '/boot',
  '/usr',
  '/bin',
  '/sbin',
  '/lib',
  '/var/lib/kubelet',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/var/lib/etcd',
];
/** Read-mostly host files that are commonly shared on purpose (trust stores, time zone). */
const BENIGN_PREFIXES = [
  '/etc/ssl/certs',
  '/etc/pki',
  '/etc/ca-certificates',
  '/usr/share/ca-certificates',
  '/etc/localtime',
  '/usr/share/zoneinfo',
  '/etc/machine-id',
];

function normalizeHostPath(path: string): string {
  const squashed = path.replace(/\/+/g, '/');
  return squashed.length > 1 ? squashed.replace(/\/$/, '') : squashed;
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

export function classifyHostPath(raw: string): { severity: Severity; reason: string } {
  const path = normalizeHostPath(raw);
  if (path === '/') return { severity: 'critical', reason: "the node's whole filesystem" };
  if (RUNTIME_SOCKET.test(path) || SOCKET_DIRS.includes(path))
    return {
      severity: 'critical',
      reason: 'the container runtime socket (full control of every container on the node)',
    };
  if (BENIGN_PREFIXES.some((p) => under(path, p))) return { severity: 'medium', reason: 'a host directory' };
  if (SENSITIVE_PREFIXES.some((p) => under(path, p)))
    return { severity: 'high', reason: 'a sensitive host directory' };
  return { severity: 'medium', reason: 'a host directory' };
}

export function hostPathProblems(t: PodTemplate): Problem[] {
  const volumes = specOf(t).volumes;
  if (!Array.isArray(volumes)) return [];
  const out: Problem[] = [];
  volumes.forEach((v: unknown, i) => {
    const volume = obj(v);
    const path = obj(volume.hostPath).path;
    if (typeof path !== 'string' || path === '') return;
    const { severity, reason } = classifyHostPath(path);
    const name = typeof volume.name === 'string' ? volume.name : String(i);
    out.push({
      at: ['spec', 'volumes', i, 'hostPath', 'path'],
      logical: `volumes[${name}]/hostPath`,
      message: `volume "${name}" mounts host path ${path}: ${reason}`,
      severity,
      evidence: path,
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// capabilities

/** Capabilities that give a container host-level power, with the severity of adding them. */
export const DANGEROUS_CAPABILITIES: Readonly<Record<string, Severity>> = {
  ALL: 'critical',
  SYS_ADMIN: 'critical',
  SYS_MODULE: 'critical',
  SYS_PTRACE: 'high',
  SYS_RAWIO: 'high',
  SYS_BOOT: 'high',
  NET_ADMIN: 'high',
  DAC_READ_SEARCH: 'high',
  DAC_OVERRIDE: 'high',
  BPF: 'high',
  PERFMON: 'high',
  MAC_ADMIN: 'high',
  MAC_OVERRIDE: 'high',
  SYSLOG: 'high',
  SYS_TIME: 'high',
  NET_RAW: 'medium',
};

function normalizeCapability(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return value.trim().toUpperCase().replace(/^CAP_/, '');
}

export function addedCapabilityProblems(t: PodTemplate): Problem[] {
  const out: Problem[] = [];
  for (const c of containersOf(specOf(t))) {
    const add = obj(containerSecurityContext(c).capabilities).add;
    if (!Array.isArray(add)) continue;
    const addPath = cpath(c, 'securityContext', 'capabilities', 'add');
    add.forEach((item: unknown, i) => {
      const cap = normalizeCapability(item);
      const severity = cap ? DANGEROUS_CAPABILITIES[cap] : undefined;
      if (!cap || !severity) return;
      const fix: FixIntent =
        add.length === 1 ? { op: 'remove', path: addPath } : { op: 'remove-item', seq: addPath, index: i };
      out.push({
        at: [...addPath, i],
        logical: `${c.logical}/securityContext/capabilities/add/${cap}`,
        message: `container "${c.name}" adds the ${cap} capability`,
        severity,
        fix: [fix],
      });
    });
  }
  return out;
}

export function dropAllProblems(t: PodTemplate): Problem[] {
  if (isWindowsPod(t)) return [];
  const out: Problem[] = [];
  for (const c of containersOf(specOf(t))) {
    const caps = containerSecurityContext(c).capabilities;
    const drop = obj(caps).drop;
    if (Array.isArray(drop) && drop.some((d) => normalizeCapability(d) === 'ALL')) continue;
    const dropPath = cpath(c, 'securityContext', 'capabilities', 'drop');
    const fix: FixIntent = Array.isArray(drop)
      ? { op: 'append', seq: dropPath, value: 'ALL' }
      : { op: 'set', map: cpath(c, 'securityContext', 'capabilities'), key: 'drop', value: ['ALL'] };
    out.push({
      at: Array.isArray(drop) ? dropPath : containerAnchor(c),
      logical: `${c.logical}/securityContext/capabilities/drop`,
      message: `container "${c.name}" does not drop ALL capabilities`,
      fix: [fix],
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// read-only root filesystem, procMount

export function readOnlyRootProblems(t: PodTemplate): Problem[] {
  if (isWindowsPod(t)) return [];
  const out: Problem[] = [];
  for (const c of containersOf(specOf(t))) {
    const value = containerSecurityContext(c).readOnlyRootFilesystem;
    if (value === true) continue;
    const explicit = value !== undefined;
    out.push({
      at: explicit ? cpath(c, 'securityContext', 'readOnlyRootFilesystem') : containerAnchor(c),
      logical: `${c.logical}/securityContext/readOnlyRootFilesystem`,
      message: explicit
        ? `container "${c.name}" sets readOnlyRootFilesystem: ${String(value)}`
        : `container "${c.name}" has a writable root filesystem`,
      fix: [scSet(c, 'readOnlyRootFilesystem', true)],
    });
  }
  return out;
}

export function procMountProblems(t: PodTemplate): Problem[] {
  return containersOf(specOf(t))
    .filter((c) => containerSecurityContext(c).procMount === 'Unmasked')
    .map((c) => ({
      at: cpath(c, 'securityContext', 'procMount'),
      logical: `${c.logical}/securityContext/procMount`,
      message: `container "${c.name}" sets procMount: Unmasked, exposing the host's /proc paths`,
      fix: [scSet(c, 'procMount', 'Default')],
    }));
}

// ---------------------------------------------------------------------------------------------
// resources

export type ResourceName = 'cpu' | 'memory';

export interface ResourceDefaults {
  /** Resources a LimitRange of the namespace fills in when a container leaves them out. */
  readonly limits: ReadonlySet<ResourceName>;
  readonly requests: ReadonlySet<ResourceName>;
}

export const NO_DEFAULTS: ResourceDefaults = { limits: new Set(), requests: new Set() };

const RESOURCE_PLACEHOLDER: Record<'limits' | 'requests', Record<ResourceName, string>> = {
  limits: { cpu: '1', memory: '512Mi' },
  requests: { cpu: '100m', memory: '256Mi' },
};

function hasQuantity(map: unknown, name: ResourceName): boolean {
  const v = obj(map)[name];
  return (typeof v === 'string' && v !== '') || typeof v === 'number';
}

function resourceProblems(
  t: PodTemplate,
  kind: 'limits' | 'requests',
  defaults: ResourceDefaults,
  severityOf: (name: ResourceName) => Severity,
): Problem[] {
  const out: Problem[] = [];
  for (const c of containersOf(specOf(t))) {
    if (c.group === 'ephemeralContainers') continue; // they may not declare resources
    const resources = obj(c.value.resources);
    for (const name of ['cpu', 'memory'] as const) {
      if (hasQuantity(resources[kind], name) || defaults[kind].has(name)) continue;
      // A missing request defaults to the limit, so only a missing pair is a problem.
      if (kind === 'requests' && (hasQuantity(resources.limits, name) || defaults.limits.has(name))) continue;
      const place = cpath(c, 'resources', kind);
      out.push({
        at: deepestExisting(t, place, cpath(c), containerAnchor(c)),
        logical: `${c.logical}/resources/${kind}/${name}`,
        message: `container "${c.name}" has no ${name} ${kind === 'limits' ? 'limit' : 'request'}`,
        severity: severityOf(name),
        suggest: {
          question: `What ${name} ${kind === 'limits' ? 'limit' : 'request'} should container "${c.name}" get?`,
          option: name,
          placeholder: RESOURCE_PLACEHOLDER[kind][name],
          intents: (value) => [{ op: 'set', map: place, key: name, value }],
        },
      });
    }
  }
  return out;
}

/** Missing memory limits are medium (one pod can starve a node); CPU limits low (only throttling). */
export function limitProblems(t: PodTemplate, defaults: ResourceDefaults = NO_DEFAULTS): Problem[] {
  return resourceProblems(t, 'limits', defaults, (name) => (name === 'memory' ? 'medium' : 'low'));
}

export function requestProblems(t: PodTemplate, defaults: ResourceDefaults = NO_DEFAULTS): Problem[] {
  return resourceProblems(t, 'requests', defaults, () => 'low');
}

// ---------------------------------------------------------------------------------------------
// images

export interface ImageRef {
  readonly name: string;
  readonly tag: string | null;
  readonly digest: string | null;
}

/** True when an image reference is a template or variable we cannot judge. */
export function isVariableImage(image: string): boolean {
  return /\{\{|\$\{|\$\(|<|>/.test(image);
}

export function parseImage(image: string): ImageRef {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : null;
  const ref = at >= 0 ? image.slice(0, at) : image;
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon > slash) return { name: ref.slice(0, colon), tag: ref.slice(colon + 1), digest };
  return { name: ref, tag: null, digest };
}

export function imageTagProblems(t: PodTemplate): Problem[] {
  const out: Problem[] = [];
  for (const c of containersOf(specOf(t))) {
    const image = c.value.image;
    if (typeof image !== 'string' || image.trim() === '' || isVariableImage(image)) continue;
    const ref = parseImage(image.trim());
    if (ref.digest) continue;
    if (ref.tag !== null && ref.tag.toLowerCase() !== 'latest') continue;
    out.push({
      at: cpath(c, 'image'),
      logical: `${c.logical}/image`,
      message:
        ref.tag === null
          ? `container "${c.name}" uses image ${image} without a tag (it means :latest)`
          : `container "${c.name}" uses the mutable :latest tag (${image})`,
      evidence: image,
      suggest: {
        question: `Which version tag (or sha256 digest) should ${ref.name} be pinned to?`,
        option: 'tag',
        placeholder: '<version>',
        intents: (value) => {
          const v = value.trim();
          const pinned = /^@?sha256:/.test(v)
            ? `${ref.name}@${v.replace(/^@/, '')}`
            : `${ref.name}:${v.replace(/^:/, '')}`;
          return [{ op: 'set', map: cpath(c), key: 'image', value: pinned }];
        },
      },
    });
  }
  return out;
}

export function imagePullPolicyProblems(t: PodTemplate): Problem[] {
  const out: Problem[] = [];
  for (const c of containersOf(specOf(t))) {
    const policy = c.value.imagePullPolicy;
    const image = c.value.image;
    if (policy !== 'IfNotPresent' && policy !== 'Never') continue;
    if (typeof image !== 'string' || isVariableImage(image) || parseImage(image).digest) continue;
    out.push({
      at: cpath(c, 'imagePullPolicy'),
      logical: `${c.logical}/imagePullPolicy`,
      message:
        policy === 'Never'
          ? `container "${c.name}" never pulls ${image}: it runs whatever image of that name the node already has`
          : `container "${c.name}" reuses a cached ${image} without checking the registry (imagePullPolicy: IfNotPresent)`,
      severity: policy === 'Never' ? 'low' : 'info',
      fix: [{ op: 'set', map: cpath(c), key: 'imagePullPolicy', value: 'Always' }],
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// secrets in env

/** Env names that hold credentials: the last word(s) of the name decide. */
const SECRET_NAME =
  /(?:^|_)(?:PASSWORD|PASSWD|PASS|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|SECRET_?KEY|ACCESS_?KEY|SECRET_ACCESS_KEY|ENCRYPTION_?KEY|SIGNING_?KEY|MASTER_?KEY|CLIENT_?SECRET|CREDENTIALS?|CONNECTION_?STRING|DSN)$/;
/** Values that cannot be a credential: booleans, references to other variables, file paths. */
const NOT_A_SECRET = /^(?:true|false|yes|no|on|off|null|none|disabled|enabled)$|\$\(|\$\{|\{\{|^\//i;

export function looksLikeSecretEnv(name: string, value: unknown): boolean {
  if (typeof value !== 'string' || value.trim() === '') return false;
  const upper = name.toUpperCase().replace(/[-.]/g, '_');
  if (upper === 'PWD' || !SECRET_NAME.test(upper)) return false;
  if (/(?:^|_)(?:FILE|PATH|DIR|URL_FILE)(?:_|$)/.test(upper)) return false;
  if (/CONNECTION_?STRING$|DSN$/.test(upper)) return /:[^:@/\s]+@/.test(value);
  return !NOT_A_SECRET.test(value.trim());
}

function secretKeyFor(name: string): string {
  return name.toLowerCase().replace(/_/g, '-');
}

export function secretEnvProblems(t: PodTemplate): Problem[] {
  const out: Problem[] = [];
  for (const c of containersOf(specOf(t))) {
    const env = c.value.env;
    if (!Array.isArray(env)) continue;
    env.forEach((item: unknown, i) => {
      const entry = obj(item);
      const name = entry.name;
      if (typeof name !== 'string' || entry.valueFrom !== undefined) return;
      if (!looksLikeSecretEnv(name, entry.value)) return;
      const itemPath = cpath(c, 'env', i);
      out.push({
        at: [...itemPath, 'value'],
        logical: `${c.logical}/env[${name}]`,
        message: `container "${c.name}" has a literal value for ${name}; it belongs in a Secret`,
        suggest: {
          question: `Which Secret holds ${name} (a key "${secretKeyFor(name)}" will be referenced)?`,
          option: 'secretName',
          placeholder: '<secret-name>',
          intents: (secret) => [
            { op: 'remove', path: [...itemPath, 'value'] },
            {
              op: 'set',
              map: itemPath,
              key: 'valueFrom',
              value: { secretKeyRef: { name: secret, key: secretKeyFor(name) } },
            },
          ],
        },
      });
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// service account token

/**
 * `serviceAccountAutomount`: the `automountServiceAccountToken` of the pod's ServiceAccount when
 * it is known (declared in the same file set), else undefined.
 */
export function automountTokenProblems(t: PodTemplate, serviceAccountAutomount?: boolean): Problem[] {
  const spec = specOf(t);
  const value = spec.automountServiceAccountToken;
  if (value === false) return [];
  if (value === undefined && serviceAccountAutomount === false) return [];
  const account = spec.serviceAccountName ?? spec.serviceAccount;
  const dedicated = typeof account === 'string' && account !== '' && account !== 'default';
  const explicit = value !== undefined;
  const fix: FixIntent[] = [{ op: 'set', map: ['spec'], key: 'automountServiceAccountToken', value: false }];
  return [
    {
      at: explicit ? ['spec', 'automountServiceAccountToken'] : POD_ANCHOR,
      logical: 'automountServiceAccountToken',
      message: dedicated
        ? `pod mounts the API token of service account "${account}"; set automountServiceAccountToken: false unless it calls the Kubernetes API`
        : 'pod mounts the default service account token although it has no dedicated service account',
      // A dedicated account usually exists to call the API: low, and no automatic change.
      ...(dedicated ? { severity: 'low' as const } : { fix }),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// seccomp

const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER_ANNOTATION = 'container.seccomp.security.alpha.kubernetes.io/';

type Verdict = { good: boolean; at: SubPath; fix: FixIntent; shown: string } | null;

function seccompFieldVerdict(sc: PlainObject, scPath: SubPath): Verdict {
  const type = obj(sc.seccompProfile).type;
  if (type === undefined || type === null) return null;
  return {
    // A type we cannot read (only known at apply time) is given the benefit of the doubt.
    good: typeof type !== 'string' || type === 'RuntimeDefault' || type === 'Localhost',
    at: [...scPath, 'seccompProfile', 'type'],
    fix: { op: 'set', map: [...scPath, 'seccompProfile'], key: 'type', value: 'RuntimeDefault' },
    shown: `seccompProfile.type: ${String(type)}`,
  };
}

function seccompAnnotationVerdict(t: PodTemplate, key: string): Verdict {
  const value = annotationsOf(t)[key];
  if (typeof value !== 'string') return null;
  return {
    good: value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/'),
    at: ['metadata', 'annotations', key],
    fix: { op: 'set', map: ['metadata', 'annotations'], key, value: 'runtime/default' },
    shown: `annotation ${key}: ${value}`,
  };
}

export function seccompProblems(t: PodTemplate): Problem[] {
  if (isWindowsPod(t)) return [];
  const pod =
    seccompFieldVerdict(podSecurityContext(t), ['spec', 'securityContext']) ??
    seccompAnnotationVerdict(t, SECCOMP_POD_ANNOTATION);
  const out: Problem[] = [];
  const missing: ContainerRef[] = [];
  let podBadUsed = false;
  const containers = containersOf(specOf(t));
  for (const c of containers) {
    const own =
      seccompFieldVerdict(containerSecurityContext(c), cpath(c, 'securityContext')) ??
      seccompAnnotationVerdict(t, `${SECCOMP_CONTAINER_ANNOTATION}${c.name}`);
    if (own) {
      if (!own.good)
        out.push({
          at: own.at,
          logical: `${c.logical}/seccompProfile`,
          message: `container "${c.name}" runs without seccomp (${own.shown})`,
          fix: [own.fix],
        });
      continue;
    }
    if (pod) {
      if (!pod.good) podBadUsed = true;
      continue;
    }
    missing.push(c);
  }
  if (pod && podBadUsed) {
    out.unshift({
      at: pod.at,
      logical: 'securityContext/seccompProfile',
      message: `pod runs without seccomp (${pod.shown})`,
      fix: [pod.fix],
    });
  }
  const podFix: FixIntent = {
    op: 'set',
    map: ['spec', 'securityContext', 'seccompProfile'],
    key: 'type',
    value: 'RuntimeDefault',
  };
  if (missing.length > 0 && missing.length === containers.length) {
    out.push({
      at: POD_ANCHOR,
      logical: 'securityContext/seccompProfile',
      message: 'pod sets no seccomp profile, so its containers run unconfined',
      fix: [podFix],
    });
  } else {
    for (const c of missing) {
      out.push({
        at: containerAnchor(c),
        logical: `${c.logical}/seccompProfile`,
        message: `container "${c.name}" sets no seccomp profile and the pod sets none either`,
        fix: [
          {
            op: 'set',
            map: cpath(c, 'securityContext', 'seccompProfile'),
            key: 'type',
            value: 'RuntimeDefault',
          },
        ],
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// AppArmor

const APPARMOR_CONTAINER_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';

export function appArmorProblems(t: PodTemplate): Problem[] {
  const out: Problem[] = [];
  for (const [key, value] of Object.entries(annotationsOf(t))) {
    if (!key.startsWith(APPARMOR_CONTAINER_ANNOTATION) || value !== 'unconfined') continue;
    const container = key.slice(APPARMOR_CONTAINER_ANNOTATION.length);
    out.push({
      at: ['metadata', 'annotations', key],
      logical: `containers[${container}]/apparmor`,
      message: `container "${container}" runs AppArmor-unconfined (annotation ${key})`,
      fix: [{ op: 'set', map: ['metadata', 'annotations'], key, value: 'runtime/default' }],
    });
  }
  const fieldProblem = (sc: PlainObject, scPath: SubPath, logical: string, who: string): void => {
    if (obj(sc.appArmorProfile).type !== 'Unconfined') return;
    out.push({
      at: [...scPath, 'appArmorProfile', 'type'],
      logical,
      message: `${who} runs AppArmor-unconfined (appArmorProfile.type: Unconfined)`,
      fix: [{ op: 'set', map: [...scPath, 'appArmorProfile'], key: 'type', value: 'RuntimeDefault' }],
    });
  };
  fieldProblem(podSecurityContext(t), ['spec', 'securityContext'], 'securityContext/appArmorProfile', 'pod');
  for (const c of containersOf(specOf(t))) {
    fieldProblem(
      containerSecurityContext(c),
      cpath(c, 'securityContext'),
      `${c.logical}/appArmorProfile`,
      `container "${c.name}"`,
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// hostPort, sysctls, shareProcessNamespace

export function hostPortProblems(t: PodTemplate): Problem[] {
  if (specOf(t).hostNetwork === true) return []; // reported as host networking already
  const out: Problem[] = [];
  for (const c of containersOf(specOf(t))) {
    const ports = c.value.ports;
    if (!Array.isArray(ports)) continue;
    ports.forEach((p: unknown, i) => {
      const port = obj(p);
      const hostPort = port.hostPort;
      if (typeof hostPort !== 'number' || hostPort <= 0) return;
      out.push({
        at: cpath(c, 'ports', i, 'hostPort'),
        logical: `${c.logical}/ports[${String(port.containerPort ?? i)}]/hostPort`,
        message: `container "${c.name}" binds port ${hostPort} on the node's own address (hostPort)`,
        fix: [{ op: 'remove', path: cpath(c, 'ports', i, 'hostPort') }],
      });
    });
  }
  return out;
}

/** Sysctls the Pod Security Standards (baseline) allow: namespaced and isolated from the node. */
export const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);

export function unsafeSysctlProblems(t: PodTemplate): Problem[] {
  const sysctls = podSecurityContext(t).sysctls;
  if (!Array.isArray(sysctls)) return [];
  const out: Problem[] = [];
  sysctls.forEach((s: unknown, i) => {
    const name = obj(s).name;
    if (typeof name !== 'string' || SAFE_SYSCTLS.has(name.replace(/\//g, '.'))) return;
    out.push({
      at: ['spec', 'securityContext', 'sysctls', i, 'name'],
      logical: `securityContext/sysctls[${name}]`,
      message: `pod sets the unsafe sysctl ${name}, which can affect the whole node`,
      evidence: name,
    });
  });
  return out;
}

export function shareProcessNamespaceProblems(t: PodTemplate): Problem[] {
  if (specOf(t).shareProcessNamespace !== true) return [];
  return [
    {
      at: ['spec', 'shareProcessNamespace'],
      logical: 'shareProcessNamespace',
      message:
        "pod sets shareProcessNamespace: true, so each container can see and signal the others' processes",
      fix: [{ op: 'set', map: ['spec'], key: 'shareProcessNamespace', value: false }],
    },
  ];
}
