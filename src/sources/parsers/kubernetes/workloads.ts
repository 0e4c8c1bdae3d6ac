import type { YamlPath } from '../yaml-source.js';
import type { K8sResource, KubernetesDocument, PlainObject } from './kubernetes-document.js';

/** Where each workload kind keeps its pod template (`metadata` + `spec`), relative to the object. */
export const POD_TEMPLATE_PATHS: Readonly<Record<string, YamlPath>> = {
  Pod: [],
  PodTemplate: ['template'],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

export const CONTAINER_GROUPS = ['containers', 'initContainers', 'ephemeralContainers'] as const;
export type ContainerGroup = (typeof CONTAINER_GROUPS)[number];

/** A pod template found in a workload: `template` has the shape `{ metadata?, spec }`. */
export interface PodTemplateRef {
  readonly resource: K8sResource;
  /** Path of the template relative to the resource (`[]` for a Pod). */
  readonly templatePath: YamlPath;
  readonly template: PlainObject;
  readonly spec: PlainObject;
}

export interface ContainerRef {
  readonly group: ContainerGroup;
  readonly index: number;
  /** `name`, or the index as a string when the name is missing. */
  readonly name: string;
  readonly value: PlainObject;
  /** Path relative to the pod spec, e.g. `['containers', 0]`. */
  readonly specPath: YamlPath;
  /** Logical segment, e.g. `containers[app]`. */
  readonly logical: string;
}

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a nested value from plain data; undefined when any segment is missing. */
export function getIn(value: unknown, path: YamlPath): unknown {
  let current = value;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[segment];
    } else {
      if (!isPlainObject(current)) return undefined;
      current = current[segment];
    }
  }
  return current;
}

/** The pod template of a workload object, or null for other kinds (or a malformed template). */
export function podTemplateOf(resource: K8sResource): PodTemplateRef | null {
  const templatePath = POD_TEMPLATE_PATHS[resource.kind];
  if (!templatePath) return null;
  const template = getIn(resource.value, templatePath);
  if (!isPlainObject(template)) return null;
  const spec = template.spec;
  if (!isPlainObject(spec)) return null;
  return { resource, templatePath, template, spec };
}

/** Every pod template of the document, in file order. */
export function podTemplates(doc: KubernetesDocument): PodTemplateRef[] {
  const out: PodTemplateRef[] = [];
  for (const resource of doc.resources) {
    const ref = podTemplateOf(resource);
    if (ref) out.push(ref);
  }
  return out;
}

/** Every container of a pod spec (containers, initContainers, ephemeralContainers). */
export function containersOf(spec: PlainObject): ContainerRef[] {
  const out: ContainerRef[] = [];
  for (const group of CONTAINER_GROUPS) {
    const list = spec[group];
    if (!Array.isArray(list)) continue;
    list.forEach((value: unknown, index) => {
      if (!isPlainObject(value)) return;
      const name = typeof value.name === 'string' && value.name !== '' ? value.name : String(index);
      out.push({ group, index, name, value, specPath: [group, index], logical: `${group}[${name}]` });
    });
  }
  return out;
}
