import { defineRule } from '../../core/rule.js';
import { hasInterpolation } from '../../sources/parsers/compose/compose-syntax.js';
import { servicePath } from './lib/edits.js';

/** Splits `registry:5000/ns/name:tag@sha256:...` into its tag and digest. */
function tagOf(image: string): { tag: string | null; digest: string | null } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : null;
  const ref = at >= 0 ? image.slice(0, at) : image;
  const lastSlash = ref.lastIndexOf('/');
  const colon = ref.indexOf(':', lastSlash + 1);
  return { tag: colon >= 0 ? ref.slice(colon + 1) : null, digest };
}

export default defineRule({
  id: 'compose/image-latest',
  kind: 'compose',
  severity: 'medium',
  title: 'Image is not pinned to a version',
  why: 'An image without a tag, or tagged `latest`, changes whenever the publisher pushes. A `docker compose pull` can then silently bring in a different major version, a broken build or a compromised image, and two hosts running the same file may run different code.',
  fix: 'Pin the image to a specific version tag (`postgres:16.4`), ideally plus its digest (`postgres:16.4@sha256:...`), and update it deliberately (Renovate/Dependabot can keep it current).',
  verify: 'Run `docker compose config --images` and check every image has an explicit version tag or digest.',
  references: [
    'CWE-494',
    'CWE-1357',
    'https://docs.docker.com/reference/compose-file/services/#image',
    'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
  ],
  check(doc, ctx) {
    for (const svc of doc.services) {
      const image = svc.image;
      // With `build:`, `image:` names the result of the build rather than something pulled.
      if (!image || svc.build || hasInterpolation(image.value)) continue;
      const { tag, digest } = tagOf(image.value.trim());
      if (digest) continue;
      if (tag !== null && tag.toLowerCase() !== 'latest') continue;
      ctx.report({
        at: image.range,
        message:
          tag === null
            ? `service "${svc.name}" uses image ${image.value} without a tag (implicitly latest)`
            : `service "${svc.name}" uses the mutable tag ${image.value}`,
        path: servicePath(svc.name, 'image'),
      });
    }
  },
});
