import { defineRule } from '../../core/rule.js';
import { resolveCommand } from '../../sources/parsers/dockerfile/shell-script.js';
import { aptSubcommand } from './lib/apt.js';
import { finalLineage, instructionPath, runEntries } from './lib/stages.js';

const APT_UPGRADES = new Set(['upgrade', 'dist-upgrade', 'full-upgrade']);
const RPM = new Set(['yum', 'dnf', 'microdnf', 'tdnf']);

export default defineRule({
  id: 'docker/package-upgrade',
  kind: 'dockerfile',
  severity: 'low',
  title: 'Whole-system package upgrade during the build',
  why: 'Upgrading every package inside the Dockerfile (`apt-get upgrade`, `apk upgrade`, `yum update`) makes the image depend on the day it was built: two builds of the same commit contain different software, and a broken or malicious update slips in unreviewed. It also hides that the base image itself is out of date.',
  fix: 'Remove the blanket upgrade and use a newer, patched base image tag (rebuilt regularly), or upgrade only the named packages you need (`apt-get install --only-upgrade <pkg>`).',
  verify:
    'Re-scan the Dockerfile; rebuild and confirm with your image scanner that the base image itself carries the security fixes.',
  references: ['CWE-1357', 'https://docs.docker.com/build/building/best-practices/#apt-get'],
  check(doc, ctx) {
    const lineage = new Set(finalLineage(doc));
    for (const { stage, instruction, script } of runEntries(doc)) {
      if (!lineage.has(stage)) continue;
      let n = 0;
      for (const cmd of script.commands) {
        const r = resolveCommand(cmd);
        if (!r) continue;
        const operands = r.args.filter((a) => !a.value.startsWith('-'));
        const sub = aptSubcommand(r)?.value ?? operands[0]?.value;
        const upgrade =
          APT_UPGRADES.has(aptSubcommand(r)?.value ?? '') ||
          (r.name === 'apk' && sub === 'upgrade') ||
          (RPM.has(r.name) && (sub === 'update' || sub === 'upgrade') && operands.length === 1);
        if (!upgrade) continue;
        n++;
        ctx.report({
          at: doc.lines.range(cmd.start, cmd.end),
          message: `${r.name} ${sub} upgrades every package at build time`,
          path: `${instructionPath(stage, instruction)}/upgrade[${n}]`,
        });
      }
    }
  },
});
