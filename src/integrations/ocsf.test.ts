import { describe, expect, it } from 'vitest';
import { fingerprint } from '../core/finding.js';
import type { ReportInput } from '../report/report-input.js';
import { RULES } from '../rules/index.js';
import { complianceOf, formatOcsf, PLUMBLINE_STANDARD } from './ocsf.js';

describe('OCSF', () => {
  it('derives standards and control from CIS references, else the Plumbline baseline', () => {
    expect(complianceOf('docker/run-as-root', ['CIS Docker Benchmark 4.1', 'CWE-250', 'https://x'])).toEqual({
      standards: ['CIS Docker Benchmark'],
      control: '4.1',
      requirements: ['CIS Docker Benchmark 4.1', 'CWE-250'],
    });
    expect(complianceOf('aws/x', ['CIS AWS Foundations Benchmark v3.0.0 2.1.4']).standards).toEqual([
      'CIS AWS Foundations Benchmark v3.0.0',
    ]);
    expect(complianceOf('app/y', ['CWE-798'])).toEqual({
      standards: [PLUMBLINE_STANDARD],
      control: 'app/y',
      requirements: ['CWE-798'],
    });
  });

  it('formats a report as Compliance Findings (class 2003) with compliance.standards always set', () => {
    const f = (ruleId: string, path: string) => ({
      ruleId,
      severity: 'high' as const,
      title: 't',
      message: 'm',
      documentKind: 'dockerfile',
      location: {
        path,
        range: { start: { line: 2, column: 1, offset: 5 }, end: { line: 2, column: 3, offset: 7 } },
      },
      logicalPath: 'x',
      fingerprint: fingerprint(ruleId, path, 'x'),
    });
    const input: ReportInput = {
      findings: RULES.slice(0, 40).map((r, i) => f(r.id, `f${i}`)),
      suppressed: [f('docker/run-as-root', 'sup')],
      showSuppressed: true,
      diagnostics: [],
      rules: RULES,
      stats: { files: 1, bytes: 1, durationMs: 1 },
      cwd: '/tmp',
      toolVersion: '9.9.9',
      startedAt: new Date('2026-01-01T00:00:00Z'),
    };
    const events = JSON.parse(
      formatOcsf(input, {
        remediations: [
          {
            runId: 'run1',
            status: 'applied',
            time: new Date('2026-01-01T00:00:00Z'),
            productVersion: '9.9.9',
            severity: 'high',
            ruleId: 'docker/run-as-root',
            title: 't',
            fingerprint: 'fp',
            path: 'Dockerfile',
            description: 'added USER',
          },
        ],
      }),
    ) as Record<string, unknown>[];
    expect(events).toHaveLength(42);
    for (const e of events.slice(0, 41)) {
      expect(e).toMatchObject({
        class_uid: 2003,
        category_uid: 2,
        type_uid: 200301,
        severity_id: 4,
        time: 1767225600000,
      });
      const c = e.compliance as { standards: string[]; control: string };
      expect(c.standards.length).toBeGreaterThan(0);
      expect(c.control.length).toBeGreaterThan(0);
      expect((e.metadata as { product: { version: string } }).product.version).toBe('9.9.9');
    }
    expect(events[40]).toMatchObject({ status_id: 3, status: 'Suppressed' });
    expect(events[41]).toMatchObject({
      class_uid: 7001,
      category_uid: 7,
      activity_id: 4,
      type_uid: 700104,
      command_uid: 'run1',
      status_id: 1,
    });
  });
});
