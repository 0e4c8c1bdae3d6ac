import { defineRule } from '../../core/rule.js';
import { imageRef, isExternalImage } from './lib/image-ref.js';
import { stageLabel } from './lib/stages.js';

export default defineRule({
  id: 'docker/base-image-digest',
  kind: 'dockerfile',
  severity: 'info',
  title: 'Base image pinned by tag only, not by digest',
  why: 'A tag such as `node:20.11` is a movable label: the publisher (or anyone who takes over the registry account) can point it at a different image later. Only a digest (`@sha256:...`) names exactly one image, so builds stay reproducible and a swapped image cannot slip in.',
  fix: 'Append the digest of the image you tested to the FROM line, e.g. `FROM node:20.11-alpine@sha256:<digest>` (`docker buildx imagetools inspect node:20.11-alpine` prints it), and let a bot such as Renovate or Dependabot keep it current.',
  verify:
    'Re-scan the Dockerfile; `docker build` still succeeds and the FROM line carries an `@sha256:` digest.',
  references: ['CIS Docker Benchmark 4.2', 'CWE-1357', 'https://docs.docker.com/reference/dockerfile/#from'],
  check(doc, ctx) {
    for (const stage of doc.stages) {
      const from = stage.from;
      if (!isExternalImage(from) || from.digest) continue;
      const ref = imageRef(doc.text, from);
      const tag = ref?.tag ?? from.tag;
      if (ref?.digest || tag === null || tag.toLowerCase() === 'latest') continue;
      ctx.report({
        at: from.range,
        message: `base image "${from.raw}" is pinned by tag only; add its @sha256 digest`,
        path: `stage[${stageLabel(stage)}]/from`,
      });
    }
  },
});
