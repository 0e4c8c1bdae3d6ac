import { defineRule } from '../../core/rule.js';
import { detectPrefixed, VARIABLE_OPTION } from './lib/scan.js';

/**
 * GitHub tokens: `ghp_` (classic personal), `gho_` (OAuth), `ghu_` (user-to-server), `ghs_`
 * (server-to-server / Actions), `ghr_` (refresh), each with 36 base-62 characters; and
 * fine-grained personal tokens `github_pat_` with 22 + `_` + 59 characters.
 */
const TOKEN =
  /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/g;

const KINDS: Readonly<Record<string, string>> = {
  ghp: 'GitHub personal access token',
  gho: 'GitHub OAuth token',
  ghu: 'GitHub user-to-server token',
  ghs: 'GitHub server-to-server token',
  ghr: 'GitHub refresh token',
  git: 'GitHub fine-grained personal access token',
};

export default defineRule({
  id: 'secrets/github-token',
  kind: 'text',
  severity: 'high',
  title: 'GitHub token committed',
  why: 'A GitHub token acts as its owner: depending on its scopes it can read private repositories, push code, change workflows or publish packages. Pushing code with a poisoned workflow is a classic supply-chain attack, and leaked tokens are harvested automatically.',
  fix: 'Revoke the token in GitHub (Settings > Developer settings, or the app installation), create a new one with the fewest scopes and an expiry, and supply it through CI secrets or the environment.',
  verify:
    'Call `curl -H "Authorization: Bearer <old token>" https://api.github.com/user` and check it answers 401, then re-run the scan.',
  references: [
    'CWE-798',
    'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats',
  ],
  fixable: 'suggestion',
  options: VARIABLE_OPTION,
  check(doc, ctx) {
    detectPrefixed(doc, ctx, {
      detector: 'github-token',
      label: 'GitHub token',
      literals: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
      regex: TOKEN,
      prefixLength: 4,
      note: (m) => KINDS[m.value.slice(0, 3)],
    });
  },
});
