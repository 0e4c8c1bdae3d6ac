import { defineRule } from '../../core/rule.js';
import type { DockerStage } from '../../sources/parsers/dockerfile/dockerfile-document.js';

export default defineRule({
  id: 'docker/run-as-root',
  kind: 'dockerfile',
  severity: 'high',
  title: 'Container runs as root',
  why: 'Without a USER instruction the container process runs as root. Anyone who breaks into the application is then root inside the container, one kernel bug away from the host, and can rewrite everything in the image.',
  fix: 'Create an unprivileged user and switch to it with `USER <name or uid>` in the final stage, before CMD/ENTRYPOINT.',
  verify: 'Run `docker run --rm <image> id -u` and check it prints a non-zero uid.',
  references: ['CIS Docker Benchmark 4.1', 'CWE-250', 'https://docs.docker.com/reference/dockerfile/#user'],
  fixable: 'suggestion',
  options: { user: { description: 'User (name or uid[:gid]) the final stage should run as.' } },
  check(doc, ctx) {
    const stage = doc.finalStage;
    if (!stage || stage.from.variable) return;
    const user = stage.user?.name.split(':')[0];
    if (user !== undefined && user !== 'root' && user !== '0') return;
    ctx.report({
      at: stage.user?.range ?? stage.from.range,
      message: stage.user
        ? `final stage switches to root with USER ${stage.user.name}`
        : 'final stage has no USER instruction, so it runs as root',
      path: `stage[${stage.name ?? stage.index}]/user`,
      suggest: {
        question: 'Which unprivileged user (name or uid:gid) should the container run as?',
        option: 'user',
        placeholder: '10001:10001',
        edits: (e, value) =>
          stage.user
            ? e.replace(stage.user.range, value)
            : e.insertLinesBefore(cmdOrEnd(stage), [`USER ${value}`]),
      },
    });
  },
});

/** USER must come before CMD/ENTRYPOINT to be obvious to readers; otherwise at the end. */
function cmdOrEnd(stage: DockerStage) {
  const entry = stage.instructions.find((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
  return entry?.range ?? { start: stage.last.range.end, end: stage.last.range.end };
}
