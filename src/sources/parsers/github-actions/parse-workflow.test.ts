import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../core/range.js';
import type { SourceFile } from '../types.js';
import { githubActionsHandler, looksLikeWorkflow } from './handler.js';
import type { GithubActionsDocument } from './workflow-document.js';

const io = { readText: () => undefined, glob: () => [] };

function parse(text: string, path = '.github/workflows/ci.yml') {
  const file: SourceFile = { path, absPath: `/x/${path}`, text, lines: new LineIndex(text) };
  const result = githubActionsHandler.parse(file, io);
  return { docs: result.documents as GithubActionsDocument[], diagnostics: result.diagnostics };
}

describe('workflow detection', () => {
  it('recognises workflow paths at any depth', () => {
    const ok = ['.github/workflows/ci.yml', 'examples/.github/workflows/release.yaml'];
    for (const p of ok) expect(githubActionsHandler.byName?.(p, p.split('/').pop() ?? ''), p).toBe(true);
    const no = ['.github/dependabot.yml', '.github/workflows/sub/x.yml', 'workflows/ci.yml', 'action.yml'];
    for (const p of no) expect(githubActionsHandler.byName?.(p, p.split('/').pop() ?? ''), p).toBe(false);
  });

  it('sniffs content', () => {
    expect(looksLikeWorkflow('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n')).toBe(true);
    expect(looksLikeWorkflow('"on":\n  push:\njobs:\n  a:\n    uses: o/r/.github/workflows/x.yml@v1\n')).toBe(
      true,
    );
    expect(looksLikeWorkflow('name: x\nruns:\n  using: composite\n  steps: []\n')).toBe(false);
    expect(looksLikeWorkflow('services:\n  web:\n    image: x\n')).toBe(false);
  });
});

describe('workflow parser', () => {
  const wf = [
    'name: CI',
    'on:',
    '  pull_request_target:',
    '    types: [opened]',
    '  push:',
    '    branches: [main]',
    'permissions:',
    '  contents: read',
    'defaults:',
    '  run:',
    '    shell: bash',
    'jobs:',
    '  build:',
    '    runs-on: [self-hosted, Linux]',
    '    permissions: write-all',
    '    env:',
    '      A: b',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          ref: ${{ github.event.pull_request.head.sha }}',
    '      - name: Say',
    '        run: |',
    '          echo "${{ github.event.pull_request.title }}"',
    '        shell: pwsh',
    '      - uses: ./local/action',
    '      - uses: docker://alpine:3.20',
    '  call:',
    '    uses: acme/shared/.github/workflows/deploy.yml@main',
    '    secrets: inherit',
    '',
  ].join('\n');

  it('reads triggers, permissions, jobs and steps with ranges', () => {
    const { docs, diagnostics } = parse(wf);
    expect(diagnostics).toEqual([]);
    const doc = docs[0];
    expect(doc?.name).toBe('CI');
    expect(doc?.triggers.map((t) => [t.name, t.range.start.line])).toEqual([
      ['pull_request_target', 3],
      ['push', 5],
    ]);
    expect(doc?.onKeyRange.start.line).toBe(2);
    expect(doc?.permissions?.kind).toBe('map');
    expect(doc?.permissions?.scopes.get('contents')).toBe('read');
    const [build, call] = doc?.jobs ?? [];
    expect(build?.runsOn?.labels).toEqual(['self-hosted', 'linux']);
    expect(build?.permissions?.kind).toBe('write-all');
    expect(build?.permissions?.range.start.line).toBe(15);
    expect(build?.env.get('A')?.value).toBe('b');
    const [checkout, say, local, docker] = build?.steps ?? [];
    expect(checkout?.uses).toMatchObject({
      kind: 'action',
      owner: 'actions',
      repo: 'actions/checkout',
      ref: 'v4',
    });
    expect(checkout?.with.get('ref')?.range.start.line).toBe(21);
    expect(checkout?.shell).toBe('bash');
    expect(say?.run?.value).toBe('echo "${{ github.event.pull_request.title }}"\n');
    expect(say?.run?.range.start.line).toBe(23);
    expect(say?.shell).toBe('pwsh');
    expect(local?.uses?.kind).toBe('local');
    expect(docker?.uses?.kind).toBe('docker');
    expect(call?.uses).toMatchObject({ kind: 'reusable', repo: 'acme/shared', ref: 'main' });
    expect(call?.secrets?.value).toBe('inherit');
  });

  it('normalises string and list triggers', () => {
    expect(parse('on: push\njobs: {}\n').docs[0]?.triggers.map((t) => t.name)).toEqual(['push']);
    expect(parse('on: [push, pull_request]\njobs: {}\n').docs[0]?.triggers.map((t) => t.name)).toEqual([
      'push',
      'pull_request',
    ]);
  });

  it('accepts an `on` key that a YAML 1.1 tool rewrote to `true`', () => {
    expect(parse('true:\n  push:\njobs: {}\n').docs[0]?.triggers.map((t) => t.name)).toEqual(['push']);
  });

  it('reads runs-on groups and expressions', () => {
    const { docs } = parse(
      'on: push\njobs:\n  a:\n    runs-on:\n      group: Big\n      labels: [self-hosted]\n  b:\n    runs-on: ${{ matrix.os }}\n',
    );
    expect(docs[0]?.jobs[0]?.runsOn?.labels).toEqual(['self-hosted', 'group:big']);
    expect(docs[0]?.jobs[1]?.runsOn?.expression).toBe(true);
  });

  it('never throws on malformed or hostile input', () => {
    const inputs = [
      'on: push\njobs:\n  a:\n    steps:\n      - run: "unterminated\n',
      'on: [push\n',
      'jobs:\n  a:\n    steps: |\n      not a list\n',
      '\u0000\u0001binary\uFFFD',
      `on: push\njobs:\n  a:\n    runs-on: ${'x'.repeat(200_000)}\n`,
      'a: &a [*a, *a]\njobs: *a\n',
      'on: push\njobs:\n  a: 1\n  b: [1]\n  c:\n    steps: [1, null, {uses: 5}, {run: [1]}]\n',
      '- a\n- b\n',
      '',
    ];
    for (const text of inputs) expect(() => parse(text)).not.toThrow();
    expect(parse(inputs[0] ?? '').diagnostics[0]?.code).toBe('parse-error');
  });
});
