import { describe, expect, it } from 'vitest';
import { type OwnershipRule, ownerOf } from './match.js';

const rules: OwnershipRule[] = [
  { teamId: 'payments', type: 'path', pattern: 'services/payments/**' },
  { teamId: 'platform', type: 'k8s-namespace', pattern: 'kube-*' },
  { teamId: 'data', type: 'cidr', pattern: '10.20.0.0/16' },
  { teamId: 'edge', type: 'domain', pattern: 'example.com' },
  { teamId: 'cloud', type: 'cloud-tag', pattern: 'owner=cloud-*' },
  { teamId: 'ml', type: 'k8s-label', pattern: 'team=ml' },
  { teamId: 'acct', type: 'cloud-account', pattern: '123456789012' },
  { teamId: 'catch', type: 'path', pattern: 'services/**' },
];

describe('ownership', () => {
  it('takes the first matching rule', () => {
    expect(ownerOf({ path: 'services/payments/k8s/deploy.yaml' }, rules)).toBe('payments');
    expect(ownerOf({ path: 'services/search/Dockerfile' }, rules)).toBe('catch');
  });
  it('matches every kind of fact', () => {
    expect(ownerOf({ k8sNamespace: 'kube-system' }, rules)).toBe('platform');
    expect(ownerOf({ ip: '10.20.3.4' }, rules)).toBe('data');
    expect(ownerOf({ hostname: '10.20.9.9' }, rules)).toBe('data');
    expect(ownerOf({ ip: '10.21.0.1' }, rules)).toBeUndefined();
    expect(ownerOf({ hostname: 'api.eu.example.com' }, rules)).toBe('edge');
    expect(ownerOf({ hostname: 'badexample.com' }, rules)).toBeUndefined();
    expect(ownerOf({ cloudTags: { owner: 'cloud-infra' } }, rules)).toBe('cloud');
    expect(ownerOf({ k8sLabels: { team: 'ml' } }, rules)).toBe('ml');
    expect(ownerOf({ cloudAccount: '123456789012' }, rules)).toBe('acct');
  });
  it('leaves unmatched assets unowned', () => {
    expect(ownerOf({ path: 'docs/x.md' }, rules)).toBeUndefined();
  });
});
