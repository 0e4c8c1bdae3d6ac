import { defineRule } from '../../core/rule.js';
import { type ImageRef, imageRef, isExternalImage } from './lib/image-ref.js';
import { stageLabel } from './lib/stages.js';

const PLACEHOLDER = 'VERSION';
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export default defineRule({
  id: 'docker/base-image-unpinned',
  kind: 'dockerfile',
  severity: 'medium',
  title: 'Base image has no version tag (or uses `latest`)',
  why: 'Without a tag, or with `latest`, every build pulls whatever the publisher pushed most recently. A rebuild of the same commit can silently bring a new major version, different system packages, or a tampered image, so the Dockerfile you reviewed no longer describes what runs in production.',
  fix: 'Pin every FROM image to a specific version tag, e.g. `FROM node:20.11-alpine3.19`; better still, add the digest too: `FROM node:20.11-alpine3.19@sha256:<digest>`.',
  verify:
    'Re-scan the Dockerfile, then run `docker build --pull .` twice and check `docker image inspect` reports the same base layers.',
  references: [
    'CIS Docker Benchmark 4.2',
    'CWE-1357',
    'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
  ],
  fixable: 'suggestion',
  options: {
    tag: {
      description:
        'Version tag to pin, e.g. `20.11-alpine3.19`. With several different images in one file, give `image=tag` pairs separated by commas (`node=20.11-alpine,nginx=1.25-alpine`).',
    },
  },
  check(doc, ctx) {
    const unpinned: { ref: ImageRef; stage: (typeof doc.stages)[number] }[] = [];
    for (const stage of doc.stages) {
      if (!isExternalImage(stage.from) || stage.from.digest) continue;
      const ref = imageRef(doc.text, stage.from);
      const tag = ref?.tag ?? stage.from.tag;
      if (tag !== null && tag.toLowerCase() !== 'latest') continue;
      if (ref?.digest) continue;
      if (ref) unpinned.push({ ref, stage });
      else
        ctx.report({
          at: stage.from.range,
          message: `base image "${stage.from.raw}" is not pinned to a version`,
          path: `stage[${stageLabel(stage)}]/from`,
        });
    }
    const repositories = new Set(unpinned.map((u) => u.ref.repository));
    for (const { ref, stage } of unpinned) {
      ctx.report({
        at: stage.from.range,
        message: ref.tag
          ? `base image "${stage.from.raw}" uses the moving "${ref.tag}" tag; pin a version`
          : `base image "${stage.from.raw}" has no tag, so every build pulls whatever "latest" is`,
        path: `stage[${stageLabel(stage)}]/from`,
        evidence: `FROM ${stage.from.raw}`,
        suggest: {
          question: `Which version tag should ${ref.repository} be pinned to?`,
          option: 'tag',
          placeholder: PLACEHOLDER,
          edits: (e, value) => {
            const tag = chosenTag(value, ref.repository, repositories.size === 1);
            if (tag === null) return null;
            return ref.tagSpan ? e.replace(ref.tagSpan, tag) : e.insertAt(ref.repositoryEnd, `:${tag}`);
          },
        },
      });
    }
  },
});

/** The tag the user chose for this repository, or null when the answer does not apply to it. */
function chosenTag(value: string, repository: string, onlyOne: boolean): string | null {
  const v = value.trim();
  let tag: string | undefined;
  if (v.includes('=')) {
    const short = repository.slice(repository.lastIndexOf('/') + 1);
    for (const pair of v.split(',')) {
      const [name, t] = pair.split('=').map((s) => s.trim());
      if (name === repository || name === short) tag = t;
    }
  } else if (onlyOne || v === PLACEHOLDER) {
    tag = v;
  }
  if (tag === undefined || tag.toLowerCase() === 'latest' || !TAG.test(tag)) return null;
  return tag;
}
