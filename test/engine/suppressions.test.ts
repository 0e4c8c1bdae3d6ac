import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/range.js';
import { findInlineSuppressions, suppressionFor } from '../../src/engine/suppressions.js';

function find(text: string, markers = ['#']) {
  return findInlineSuppressions(text, new LineIndex(text), markers);
}

describe('inline suppressions', () => {
  it('reads directives with reasons in comments', () => {
    const { suppressions, problems } = find(
      'a: 1 # plumb:ignore k8s/privileged -- needs the GPU driver\n# plumb:ignore docker/run-as-root -- base image drops privileges\nb: 2\n',
    );
    expect(problems).toEqual([]);
    expect(suppressions).toEqual([
      { ruleId: 'k8s/privileged', reason: 'needs the GPU driver', line: 1 },
      { ruleId: 'docker/run-as-root', reason: 'base image drops privileges', line: 2 },
    ]);
    expect(suppressionFor(suppressions, 'docker/run-as-root', 3)?.line).toBe(2);
    expect(suppressionFor(suppressions, 'docker/run-as-root', 4)).toBeUndefined();
  });

  it('requires a reason', () => {
    const { suppressions, problems } = find('# plumb:ignore k8s/privileged\n');
    expect(suppressions).toEqual([]);
    expect(problems[0]?.message).toMatch(/no reason/);
  });

  it('ignores the marker outside comments', () => {
    expect(find('value: "plumb:ignore k8s/privileged -- x"\n').suppressions).toEqual([]);
  });

  it('supports // and /* */ comment styles', () => {
    const { suppressions } = find(
      'x = 1 // plumb:ignore aws/s3-versioning -- archive bucket\n/* plumb:ignore aws/kms-rotation -- managed elsewhere */\n',
      ['#', '//', '/*'],
    );
    expect(suppressions.map((s) => [s.ruleId, s.reason])).toEqual([
      ['aws/s3-versioning', 'archive bucket'],
      ['aws/kms-rotation', 'managed elsewhere'],
    ]);
  });
});
