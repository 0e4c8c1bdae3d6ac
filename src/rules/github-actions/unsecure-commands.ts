import { isMap } from 'yaml';
import { defineRule } from '../../core/rule.js';
import { removeKey } from '../../fixers/yaml-edit.js';
import type { GhaValue } from '../../sources/parsers/github-actions/workflow-document.js';

const NAME = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';

export default defineRule({
  id: 'gha/unsecure-commands',
  kind: 'github-actions',
  severity: 'high',
  title: 'Deprecated unsafe workflow commands re-enabled',
  why: "`ACTIONS_ALLOW_UNSECURE_COMMANDS=true` turns the old `::set-env` and `::add-path` log commands back on. Any text that reaches the log — a PR title, a file name, a test's output — can then set environment variables such as `NODE_OPTIONS` or `LD_PRELOAD` for later steps and run arbitrary code.",
  fix: 'Remove `ACTIONS_ALLOW_UNSECURE_COMMANDS` and write to the `$GITHUB_ENV` and `$GITHUB_PATH` files instead (`echo "NAME=value" >> "$GITHUB_ENV"`).',
  verify:
    'Search the workflows for ACTIONS_ALLOW_UNSECURE_COMMANDS and check it is gone; the steps that used `::set-env` must now write to $GITHUB_ENV.',
  references: [
    'CWE-77',
    'https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/',
    'https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#setting-an-environment-variable',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    const scopes: [string, ReadonlyMap<string, GhaValue>][] = [['workflow', doc.env]];
    for (const job of doc.jobs) {
      scopes.push([`job "${job.id}"`, job.env]);
      for (const step of job.steps)
        scopes.push([`job "${job.id}" step ${step.name ?? step.index + 1}`, step.env]);
    }
    for (const [where, env] of scopes) {
      const entry = [...env.entries()].find(([k]) => k.toUpperCase() === NAME)?.[1];
      if (!entry || !/^(?:true|1|yes)$/i.test(String(entry.value).trim())) continue;
      const envPath = entry.path.slice(0, -1);
      ctx.report({
        at: entry.keyRange,
        message: `${where} sets ${NAME}=${String(entry.value)}, re-enabling ::set-env and ::add-path`,
        path: [...entry.path].join('/'),
        fix: (e) => {
          const map = doc.source.node(envPath);
          const only = isMap(map) && map.items.length === 1;
          return removeKey(e, doc.source, only ? envPath : entry.path);
        },
      });
    }
  },
});
