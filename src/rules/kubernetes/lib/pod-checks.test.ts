import { describe, expect, it } from 'vitest';
import {
  classifyHostPath,
  looksLikeSecretEnv,
  parseImage,
  privilegedProblems,
  runAsRootProblems,
  seccompProblems,
} from './pod-checks.js';

/** The checks read plain objects, whatever produced them (YAML today, Terraform later). */
describe('pod checks over plain objects', () => {
  const pod = {
    spec: {
      securityContext: { runAsUser: 0 },
      containers: [
        { name: 'app', image: 'nginx', securityContext: { privileged: true } },
        { name: 'side', image: 'envoy', securityContext: { runAsUser: 1000 } },
      ],
    },
  };

  it('returns problems with template-relative paths and logical sub-paths', () => {
    expect(privilegedProblems(pod).map((p) => [p.at, p.logical])).toEqual([
      [
        ['spec', 'containers', 0, 'securityContext', 'privileged'],
        'containers[app]/securityContext/privileged',
      ],
    ]);
    const root = runAsRootProblems(pod);
    expect(root.map((p) => [p.logical, p.severity])).toEqual([['securityContext/runAsUser', 'high']]);
    expect(root[0]?.suggest?.intents('1001')).toEqual([
      { op: 'set', map: ['spec', 'securityContext'], key: 'runAsUser', value: 1001 },
    ]);
  });

  it('describes fixes as data', () => {
    expect(seccompProblems(pod)[0]?.fix).toEqual([
      { op: 'set', map: ['spec', 'securityContext', 'seccompProfile'], key: 'type', value: 'RuntimeDefault' },
    ]);
  });

  it('does not judge values an input shape could not read (a template, a Terraform unknown)', () => {
    const unreadable = { toString: () => '(unknown)' };
    const opaque = {
      spec: {
        securityContext: { runAsUser: unreadable, seccompProfile: { type: unreadable } },
        containers: [{ name: 'app', image: 'nginx' }],
      },
    };
    expect(runAsRootProblems(opaque)).toEqual([]);
    expect(seccompProblems(opaque)).toEqual([]);
  });
});

describe('helpers', () => {
  it('classifies host paths', () => {
    expect(classifyHostPath('/run/containerd/containerd.sock').severity).toBe('critical');
    expect(classifyHostPath('//').severity).toBe('critical');
    expect(classifyHostPath('/etc').severity).toBe('high');
    expect(classifyHostPath('/etc/ssl/certs').severity).toBe('medium');
    expect(classifyHostPath('/data/app').severity).toBe('medium');
  });

  it('parses image references', () => {
    expect(parseImage('localhost:5000/app')).toEqual({ name: 'localhost:5000/app', tag: null, digest: null });
    expect(parseImage('app:1.2@sha256:ab')).toEqual({ name: 'app', tag: '1.2', digest: 'sha256:ab' });
  });

  it('recognises credential env vars without flagging look-alikes', () => {
    expect(looksLikeSecretEnv('GITHUB_TOKEN', 'ghp_x')).toBe(true);
    expect(looksLikeSecretEnv('aws-secret-access-key', 'abc')).toBe(true);
    expect(looksLikeSecretEnv('PWD', '/app')).toBe(false);
    expect(looksLikeSecretEnv('TOKEN_TTL', '60')).toBe(false);
    expect(looksLikeSecretEnv('SECRET_KEY_FILE', '/run/secrets/k')).toBe(false);
    expect(looksLikeSecretEnv('DATABASE_DSN', 'postgres://db:5432/app')).toBe(false);
    expect(looksLikeSecretEnv('DATABASE_DSN', 'postgres://app:pw@db:5432/app')).toBe(true);
  });
});
