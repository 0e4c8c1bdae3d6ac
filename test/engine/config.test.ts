import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  loadConfig,
  parseSize,
  ruleSettingFor,
  validateConfig,
} from '../../src/engine/config.js';
import { tempTree } from '../support/tmp.js';

describe('plumb.yaml', () => {
  it('accepts the documented shape', () => {
    const c = validateConfig({
      rules: {
        'docker/run-as-root': { severity: 'medium', options: { user: 'app' } },
        'docker/missing-healthcheck': 'off',
        'k8s/privileged': 'critical',
      },
      exclude: ['vendor/**'],
      ignore: [{ rule: 'k8s/*', path: 'legacy/**', reason: 'being replaced', expires: '2027-01-31' }],
      failOn: 'high',
      maxFileSize: '10MB',
    });
    expect(ruleSettingFor(c, 'docker/run-as-root')).toEqual({
      enabled: true,
      severity: 'medium',
      options: { user: 'app' },
    });
    expect(ruleSettingFor(c, 'docker/missing-healthcheck').enabled).toBe(false);
    expect(ruleSettingFor(c, 'k8s/privileged').severity).toBe('critical');
    expect(ruleSettingFor(c, 'other/rule')).toEqual({ enabled: true, options: {} });
  });

  it('names the bad key', () => {
    expect(() => validateConfig({ rules: { 'docker/run-as-root': { severity: 'urgent' } } })).toThrow(
      /rules\.docker\/run-as-root/,
    );
    expect(() => validateConfig({ rulez: {} })).toThrow(/rulez/);
    expect(() => validateConfig({ ignore: [{ rule: 'x/y' }] })).toThrow(/ignore\.0\.reason/);
    expect(() => validateConfig({ ignore: [{ rule: 'x/y', reason: 'r', expires: 'someday' }] })).toThrow(
      /ignore\.0\.expires/,
    );
  });

  it('reports malformed YAML with the file name', () => {
    const root = tempTree({ 'plumb.yaml': 'rules: [unclosed\n' });
    expect(() => loadConfig(join(root, 'plumb.yaml'))).toThrow(ConfigError);
    expect(() => loadConfig(join(root, 'plumb.yaml'))).toThrow(/plumb\.yaml: not valid YAML/);
  });

  it('parses sizes', () => {
    expect(parseSize('5MB', 0)).toBe(5 * 1024 * 1024);
    expect(parseSize('512kb', 0)).toBe(512 * 1024);
    expect(parseSize(1000, 0)).toBe(1000);
  });
});
