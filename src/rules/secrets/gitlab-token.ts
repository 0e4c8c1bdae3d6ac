import { defineRule } from '../../core/rule.js';
import { detectPrefixed, VARIABLE_OPTION } from './lib/scan.js';

/**
 * GitLab tokens by prefix: `glpat-` personal/project/group access tokens, `gldt-` deploy tokens,
 * `glrt-` runner authentication tokens, `glptt-` pipeline trigger tokens, `glft-` feed tokens,
 * `glcbt-` CI build tokens. Classic tokens carry 20 characters after the prefix; newer routable
 * ones are longer and may contain dots.
 */
const TOKEN =
  /(?<![A-Za-z0-9_-])(?<secret>gl(?:pat|dt|rt|ptt|ft|cbt)-[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9_-]+){0,3})(?![A-Za-z0-9_-])/g;

const KINDS: Readonly<Record<string, string>> = {
  glpat: 'access token',
  gldt: 'deploy token',
  glrt: 'runner authentication token',
  glptt: 'pipeline trigger token',
  glft: 'feed token',
  glcbt: 'CI build token',
};

export default defineRule({
  id: 'secrets/gitlab-token',
  kind: 'text',
  severity: 'high',
  title: 'GitLab token committed',
  why: 'A GitLab token lets its holder use the API as the token owner: clone private projects, push code, read CI variables or register runners that receive your jobs and their secrets. A leaked token is usable until someone revokes it.',
  fix: 'Revoke the token in GitLab (user, project or group access tokens; deploy tokens; runner settings), create a replacement with minimal scopes and an expiry, and inject it as a masked CI/CD variable.',
  verify:
    'Call `curl -H "PRIVATE-TOKEN: <old token>" https://<gitlab>/api/v4/user` and check it answers 401, then re-run the scan.',
  references: ['CWE-798', 'https://docs.gitlab.com/security/tokens/'],
  fixable: 'suggestion',
  options: VARIABLE_OPTION,
  check(doc, ctx) {
    detectPrefixed(doc, ctx, {
      detector: 'gitlab-token',
      label: 'GitLab token',
      literals: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glft-', 'glcbt-'],
      regex: TOKEN,
      prefixLength: 6,
      note: (m) => KINDS[m.value.slice(0, m.value.indexOf('-'))],
    });
  },
});
