import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import type { ParseIO, SourceFile } from '../types.js';
import { kubernetesHandler } from './handler.js';
import type { KubernetesDocument } from './kubernetes-document.js';
import { rangeOf } from './kubernetes-document.js';
import { containersOf, podTemplates } from './workloads.js';

function file(path: string, text: string): SourceFile {
  return { path, absPath: `/repo/${path}`, text, lines: new LineIndex(text) };
}

function io(files: Record<string, string> = {}): ParseIO {
  return { readText: (p) => files[p], glob: () => [] };
}

function parse(path: string, text: string, files: Record<string, string> = {}) {
  const result = kubernetesHandler.parse(file(path, text), io(files));
  return { doc: result.documents[0] as KubernetesDocument | undefined, diagnostics: result.diagnostics };
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
  labels: {app: web, tier: 1}
spec:
  template:
    spec:
      initContainers:
        - name: init
          image: busybox:1.36
      containers:
        - name: app
          image: nginx:1.27
        - image: sidecar:1.0
`;

describe('kubernetes detection', () => {
  const sniff = (text: string, base: string) => kubernetesHandler.byContent?.(text, base) ?? false;

  it('recognises manifests by content, whatever their name', () => {
    expect(sniff(DEPLOYMENT, 'app.yml')).toBe(true);
    expect(sniff(`# comment\n---\n${DEPLOYMENT}`, 'whatever.yaml')).toBe(true);
    expect(sniff('{\n  "apiVersion": "v1",\n  "kind": "Pod"\n}\n', 'pod.json')).toBe(true);
  });

  it('ignores other YAML and other extensions', () => {
    expect(sniff(DEPLOYMENT, 'deploy.txt')).toBe(false);
    expect(sniff('apiVersion: v2\nname: chart\nversion: 1.0.0\n', 'Chart.yaml')).toBe(false);
    expect(sniff('services:\n  web:\n    image: nginx\n', 'compose.yaml')).toBe(false);
    expect(sniff('spec:\n  apiVersion: v1\n  kind: Pod\n', 'values.yaml')).toBe(false);
    expect(sniff('{"name": "x", "dependencies": {}}', 'package.json')).toBe(false);
  });
});

describe('kubernetes parser', () => {
  it('reads objects with ids, labels and ranges', () => {
    const { doc, diagnostics } = parse(
      'k8s/web.yaml',
      `${DEPLOYMENT}---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n`,
    );
    expect(diagnostics).toEqual([]);
    expect(doc?.resources.map((r) => r.id)).toEqual(['Deployment/prod/web', 'Namespace/prod']);
    const web = doc?.resources[0];
    expect(web?.labels).toEqual({ app: 'web', tier: '1' });
    expect(web && rangeOf(web, ['metadata', 'namespace']).start.line).toBe(5);
  });

  it('enumerates pod templates and containers of every workload kind', () => {
    const kinds = [
      ['Pod', ''],
      ['Deployment', 'spec:\n  template:\n'],
      ['StatefulSet', 'spec:\n  template:\n'],
      ['DaemonSet', 'spec:\n  template:\n'],
      ['ReplicaSet', 'spec:\n  template:\n'],
      ['ReplicationController', 'spec:\n  template:\n'],
      ['Job', 'spec:\n  template:\n'],
      ['CronJob', 'spec:\n  jobTemplate:\n    spec:\n      template:\n'],
      ['PodTemplate', 'template:\n'],
    ] as const;
    const docs = kinds.map(([kind, wrapper]) => {
      const depth = wrapper === '' ? 0 : wrapper.trimEnd().split('\n').length;
      const pad = '  '.repeat(depth);
      return `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: x\n${wrapper}${pad}spec:\n${pad}  containers:\n${pad}    - name: c\n${pad}      image: i:1\n`;
    });
    const { doc } = parse('k8s/all.yaml', docs.join('---\n'));
    const pods = doc ? podTemplates(doc) : [];
    expect(pods.map((p) => p.resource.kind)).toEqual(kinds.map(([k]) => k));
    for (const p of pods) {
      const [c] = containersOf(p.spec);
      expect(c?.logical).toBe('containers[c]');
      expect(
        rangeOf(p.resource, [...p.templatePath, 'spec', ...(c?.specPath ?? []), 'image']).start.column,
      ).toBeGreaterThan(1);
    }
  });

  it('lists init, regular and ephemeral containers with stable logical names', () => {
    const { doc } = parse('k8s/web.yaml', DEPLOYMENT);
    const pod = doc ? podTemplates(doc)[0] : undefined;
    expect(pod && containersOf(pod.spec).map((c) => `${doc?.resources[0]?.id}/${c.logical}`)).toEqual([
      'Deployment/prod/web/containers[app]',
      'Deployment/prod/web/containers[1]',
      'Deployment/prod/web/initContainers[init]',
    ]);
  });

  it('flattens Lists and reads JSON manifests', () => {
    const json = `{"apiVersion": "v1", "kind": "List", "items": [
  {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "a", "namespace": "x"}},
  {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "b"}},
  "junk"
]}`;
    const { doc, diagnostics } = parse('list.json', json);
    expect(diagnostics).toEqual([]);
    expect(doc?.resources.map((r) => [r.id, r.basePath])).toEqual([
      ['Service/x/a', ['items', 0]],
      ['ConfigMap/default/b', ['items', 1]],
    ]);
    const b = doc?.resources[1];
    expect(b && rangeOf(b, ['metadata', 'name']).start.line).toBe(3);
  });

  it('skips documents that are not Kubernetes objects', () => {
    const { doc } = parse(
      'k8s/mixed.yaml',
      '---\n# only a comment\n---\n- a\n- b\n---\nplain scalar\n---\nkind: Pod\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\n',
    );
    expect(doc?.resources.map((r) => r.id)).toEqual(['Pod/default/p']);
  });
});

describe('templates', () => {
  const template = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}
  labels:
    {{- include "web.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicas }}
`;

  it('skips Helm chart templates quietly', () => {
    const { doc, diagnostics } = parse('charts/web/templates/deployment.yaml', template, {
      '/repo/charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
    });
    expect(doc).toBeUndefined();
    expect(diagnostics).toEqual([]);
  });

  it('reports a diagnostic for an unparseable template outside a chart', () => {
    const { doc, diagnostics } = parse('deploy/templates/deployment.yaml', template);
    expect(doc).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toMatch(/template expressions/);
    expect(diagnostics[0]?.level).toBe('warning');
  });
});

describe('hostile input', () => {
  it('reports malformed YAML and keeps the documents that parsed', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ok\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: "unterminated\n`;
    const { doc, diagnostics } = parse('k8s/bad.yaml', text);
    expect(doc?.resources.map((r) => r.name)).toEqual(['ok']);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]).toMatchObject({ code: 'parse-error', level: 'error', target: 'k8s/bad.yaml' });
    expect(diagnostics[0]?.range?.start.line).toBeGreaterThanOrEqual(6);
  });

  it('survives an alias bomb', () => {
    const lines = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: x}',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
    ];
    for (let i = 0; i < 9; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const { doc, diagnostics } = parse('k8s/bomb.yaml', `${lines.join('\n')}\n`);
    expect(doc?.resources ?? []).toEqual([]);
    expect(diagnostics.length).toBeGreaterThan(0);
  });

  it('survives binary junk, huge lines and deep nesting', () => {
    const junk = `apiVersion: v1\nkind: Pod\n${String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 256))}\n`;
    expect(() => parse('k8s/junk.yaml', junk)).not.toThrow();
    const huge = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  blob: ${'x'.repeat(2_000_000)}\n`;
    expect(parse('k8s/huge.yaml', huge).doc?.resources).toHaveLength(1);
    const deep = `apiVersion: v1\nkind: ConfigMap\ndata: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    expect(() => parse('k8s/deep.yaml', deep)).not.toThrow();
    const unterminated = `apiVersion: v1\nkind: ConfigMap\ndata: {a: [1, 2, {b: "c`;
    const result = parse('k8s/open.yaml', unterminated);
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });
});
