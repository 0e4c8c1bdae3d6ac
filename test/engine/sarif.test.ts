import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/engine/scan.js';
import { formatSarif } from '../../src/report/sarif.js';
import { tempTree } from '../support/tmp.js';

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'),
);

describe('SARIF output', () => {
  it('validates against SARIF 2.1.0 and carries what GitHub code scanning reads', async () => {
    const root = tempTree({
      'app/Dockerfile': 'FROM node:20.11-alpine\nCMD ["node", "app.js"]\n',
      'bin/blob': Buffer.from([0, 1, 2, 3]),
      'legacy/Dockerfile': '# plumb:ignore docker/run-as-root -- vendor image\nFROM node:20.11-alpine\n',
    });
    const result = await scan({ paths: ['.'], cwd: root, set: { 'docker/run-as-root': { user: 'node' } } });
    const text = formatSarif({
      findings: result.findings,
      suppressed: result.suppressed,
      showSuppressed: true,
      diagnostics: result.diagnostics,
      rules: result.rules,
      stats: result.stats,
      cwd: root,
      toolVersion: '1.2.3',
      startedAt: new Date('2026-01-01T00:00:00Z'),
    });
    const sarif = JSON.parse(text);
    // Both packages are CommonJS with a `default` export; take whichever the loader hands us.
    const Ajv = ((AjvDraft04 as unknown as { default?: unknown }).default ??
      AjvDraft04) as typeof AjvDraft04.default;
    const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as (
      a: unknown,
    ) => void;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);

    const run = sarif.runs[0];
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'docker/run-as-root');
    expect(rule.properties['security-severity']).toBe('8.0');
    expect(rule.help.markdown).toContain('**Fix:**');
    expect(rule.helpUri).toMatch(/^https:\/\//);
    const res = run.results.find(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]?.physicalLocation.artifactLocation.uri === 'app/Dockerfile',
    );
    expect(res.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
    expect(res.properties.severity).toBe('high');
    expect(res.partialFingerprints['plumbline/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(res.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('USER node\n');
    const suppressed = run.results.find((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(suppressed.suppressions[0]).toEqual({ kind: 'inSource', justification: 'vendor image' });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
    expect(
      run.invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text),
    ).toContain('bin/blob: skipped: binary file');
  });
});
