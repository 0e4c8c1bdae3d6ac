import { defineRule } from '../../core/rule.js';
import { finalLineage, stageLabel } from './lib/stages.js';

const PLACEHOLDER = 'curl -fsS http://localhost:8080/healthz || exit 1';

export default defineRule({
  id: 'docker/missing-healthcheck',
  kind: 'dockerfile',
  severity: 'low',
  title: 'Image has no HEALTHCHECK',
  why: 'Without a health check, Docker (and Compose or Swarm) only knows whether the process is alive, not whether it still answers. A hung or half-broken service keeps receiving traffic and is never restarted, which turns small faults into outages and hides attacks that wedge the service.',
  fix: 'Add `HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD <command that fails when the app is unhealthy>` to the final stage, or `HEALTHCHECK NONE` when the orchestrator (e.g. Kubernetes probes) handles health instead.',
  verify:
    'Rebuild and run the image; `docker inspect --format "{{.State.Health.Status}}" <container>` reports `healthy`.',
  references: [
    'CIS Docker Benchmark 4.6',
    'CWE-754',
    'https://docs.docker.com/reference/dockerfile/#healthcheck',
  ],
  fixable: 'suggestion',
  options: {
    command: {
      description:
        'Health check command, e.g. `curl -fsS http://localhost:8080/healthz || exit 1` or an exec-form JSON array; `NONE` disables checks.',
    },
  },
  check(doc, ctx) {
    const lineage = finalLineage(doc);
    const stage = lineage[0];
    if (!stage) return;
    const all = lineage.flatMap((s) => s.instructions);
    if (all.some((i) => i.keyword === 'HEALTHCHECK')) return;
    const entry = stage.instructions.find((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
    const root = lineage[lineage.length - 1];
    // A FROM scratch stage with no command is an export stage (`--output`), not a service.
    if (
      !entry &&
      !all.some((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') &&
      root?.from.raw.toLowerCase() === 'scratch'
    )
      return;
    ctx.report({
      at: stage.from.range,
      message: stage.name
        ? `final stage "${stage.name}" has no HEALTHCHECK`
        : 'final stage has no HEALTHCHECK',
      path: `stage[${stageLabel(stage)}]/healthcheck`,
      suggest: {
        question: 'Which command tells whether the service is healthy (exit 0 when healthy)?',
        option: 'command',
        placeholder: PLACEHOLDER,
        edits: (e, value) => {
          const v = value.trim().replace(/[\r\n]+/g, ' ');
          if (v === '') return null;
          const line = /^(?:NONE|CMD\s|--)/i.test(v)
            ? `HEALTHCHECK ${v}`
            : `HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD ${v}`;
          return entry
            ? e.insertLinesBefore(entry.range, [line])
            : e.insertLinesAfter(stage.last.range, [line]);
        },
      },
    });
  },
});
