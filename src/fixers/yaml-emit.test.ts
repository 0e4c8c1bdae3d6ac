import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { blockLines, inlineValue, yamlScalar } from './yaml-emit.js';

const SCALARS: unknown[] = [
  'nginx',
  'nginx:1.25',
  'runtime/default',
  'RuntimeDefault',
  'ALL',
  'yes',
  'No',
  'on',
  'null',
  'True',
  '~',
  '',
  '0.5',
  '500m',
  '1Gi',
  'a b',
  'key: value',
  'x #y',
  '*',
  '-dash',
  '@at',
  "it's",
  'line\nbreak',
  'e5',
  '/tmp',
  'no-new-privileges:true',
  '${{ github.event.pull_request.title }}',
  '${{ secrets.SECRET_NAME }}',
  '127.0.0.1',
  '10.0.0.0/8',
  '<secret-name>',
  'aws:kms',
  '1',
  '0777',
  '1e3',
  '.inf',
  '---',
  '...',
  '- item',
  '? q',
  '%tag',
  '!bang',
  '&anchor',
  '|pipe',
  '>fold',
  'a,b',
  '[x]',
  '{y}',
  ' lead',
  'trail ',
  'tab\there',
  'quote"d',
  'x'.repeat(90),
  `${'word '.repeat(30)}end`,
  true,
  false,
  0,
  1000,
  -3,
  1.5,
  null,
];

const BLOCKS: unknown[] = [
  { runAsNonRoot: true },
  { securityContext: { runAsNonRoot: true, runAsUser: 10001 } },
  { capabilities: { drop: ['ALL'] } },
  { resources: { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '100m' } } },
  ['ALL', 'NET_RAW'],
  [{ name: 'x', value: 'y' }, { name: 'z' }],
  { env: [{ name: 'A', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }] },
  { items: [] },
  { empty: {} },
  { 'with space': 1 },
  { nested: [['a']] },
  { odd: 'a: b', n: null, f: 0.25 },
  { seccompProfile: { type: 'RuntimeDefault' } },
  { tmpfs: ['/tmp'] },
  { security_opt: ['no-new-privileges:true'] },
  { env: { PR_TITLE: '${{ github.event.pull_request.title }}' } },
  {
    BucketEncryption: {
      ServerSideEncryptionConfiguration: [
        { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' }, BucketKeyEnabled: true },
      ],
    },
  },
  { requests: { cpu: '1', memory: '256Mi' } },
  { host_ip: '127.0.0.1' },
  { valueFrom: { secretKeyRef: { name: '<secret-name>', key: 'db-password' } } },
  { odd: ['---', '...', '- x', 'a: b', '#c', ' lead', 'x'.repeat(120)] },
  { long: `${'word '.repeat(30)}end` },
];

describe('yaml-emit', () => {
  it('writes scalars exactly as yaml.stringify does', () => {
    for (const s of SCALARS) {
      // Twice: the second answer comes from the remembered form.
      if (typeof s === 'string') expect(yamlScalar(s), JSON.stringify(s)).toBe(stringify(s).trimEnd());
      if (typeof s === 'string') expect(yamlScalar(s), JSON.stringify(s)).toBe(stringify(s).trimEnd());
      expect(inlineValue(s), JSON.stringify(s)).toBe(stringify(s, { collectionStyle: 'flow' }).trim());
    }
  });

  it('writes block values exactly as yaml.stringify does, indented', () => {
    for (const v of [...BLOCKS, ...BLOCKS.map((b) => ({ wrapped: b })), ...SCALARS]) {
      const expected = stringify(v, { indent: 2, lineWidth: 0 })
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => `    ${l}`);
      expect(blockLines(v, 4), JSON.stringify(v)).toEqual(expected);
    }
  });
});
