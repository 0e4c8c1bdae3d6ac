import { defineRule } from '../../core/rule.js';
import { resolveCommand } from '../../sources/parsers/dockerfile/shell-script.js';
import { instructionPath, isRootUser, runEntries, userBefore } from './lib/stages.js';

export default defineRule({
  id: 'docker/sudo-in-run',
  kind: 'dockerfile',
  severity: 'medium',
  title: 'sudo used in a RUN instruction',
  why: 'A build step that needs sudo means the image ships sudo, and usually a sudoers rule that lets the app user become root: anyone who takes over the application can then escalate to root in the container. sudo also behaves unpredictably without a terminal and hides which steps really run as root.',
  fix: 'Switch users explicitly: put the root-only steps after `USER root`, then switch back with `USER <app user>`; drop sudo from the command (and from the installed packages). At run time, use `gosu`/`su-exec` in the entrypoint if you must change user.',
  verify:
    'Re-scan the Dockerfile; `docker run --rm <image> which sudo` finds nothing and the build still succeeds.',
  references: ['CWE-250', 'CWE-269', 'https://docs.docker.com/build/building/best-practices/#user'],
  fixable: 'auto',
  check(doc, ctx) {
    for (const { stage, instruction, script } of runEntries(doc)) {
      const root = isRootUser(userBefore(doc, stage, instruction));
      let n = 0;
      for (const cmd of script.commands) {
        const r = resolveCommand(cmd);
        const sudo = r?.wrappers.find((w) => w.name === 'sudo');
        const word = sudo ? cmd.words[sudo.index] : undefined;
        if (!r || !sudo || !word) continue;
        n++;
        const next = cmd.words[sudo.index + 1];
        const bare = r.index === sudo.index + 1;
        ctx.report({
          at: doc.lines.range(word.start, word.end),
          message: root
            ? `sudo ${r.name} is redundant: this step already runs as root`
            : `RUN uses sudo ${r.name}; switch with USER root for this step instead`,
          path: `${instructionPath(stage, instruction)}/sudo[${n}]`,
          // Only when the step provably runs as root is dropping `sudo` behaviour-neutral.
          fix: (e) =>
            root &&
            bare &&
            next &&
            word.plain &&
            next.start > word.end &&
            !doc.text.slice(word.end, next.start).includes('\n')
              ? e.remove([word.start, next.start])
              : null,
        });
      }
    }
  },
});
