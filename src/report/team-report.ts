import { ruleById } from '../rules/index.js';
import type { Store } from '../store/connect.js';
import { ACTIVE_STATES } from '../store/lifecycle.js';

const ORDER: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

export interface TeamItem {
  readonly severity: string;
  readonly title: string;
  readonly message: string;
  readonly path: string;
  readonly line: number | null;
  readonly ruleId: string;
  readonly slaDue: string;
  readonly overdue: boolean;
  readonly why: string;
  readonly change: string;
  readonly verify: string;
  readonly autoFix: boolean;
}

/** A team's open action items, most severe first, then by SLA due date. */
export async function teamItems(
  store: Store,
  teamName: string,
  now = new Date(),
): Promise<{ team: string; items: TeamItem[] } | undefined> {
  const team = await store.db
    .selectFrom('teams')
    .select(['id', 'name'])
    .where((eb) => eb.or([eb('name', '=', teamName), eb('id', '=', teamName)]))
    .executeTakeFirst();
  if (!team) return undefined;
  const rows = await store.db
    .selectFrom('findings')
    .selectAll()
    .where('team_id', '=', team.id)
    .where('state', 'in', [...ACTIVE_STATES])
    .execute();
  const items = rows
    .map((r) => {
      const rule = ruleById(r.rule_id);
      const loc = JSON.parse(r.location) as { path: string; range?: { start: { line: number } } };
      const fix = r.fix ? (JSON.parse(r.fix) as { automatic?: boolean }) : null;
      return {
        severity: r.severity,
        title: r.title,
        message: r.message,
        path: loc.path,
        line: loc.range?.start.line ?? null,
        ruleId: r.rule_id,
        slaDue: r.sla_due,
        overdue: Date.parse(r.sla_due) < now.getTime(),
        why: rule?.why ?? '',
        change: rule?.fix ?? '',
        verify: rule?.verify ?? '',
        autoFix: fix?.automatic === true,
      };
    })
    .sort(
      (a, b) =>
        (ORDER[a.severity] ?? 9) - (ORDER[b.severity] ?? 9) ||
        a.slaDue.localeCompare(b.slaDue) ||
        a.path.localeCompare(b.path),
    );
  return { team: team.name, items };
}

export function teamReportMarkdown(team: string, items: readonly TeamItem[], now = new Date()): string {
  const out = [
    `# ${team}: security to-do list`,
    '',
    `${items.length} open item${items.length === 1 ? '' : 's'} on ${now.toISOString().slice(0, 10)}, most urgent first.`,
    '',
  ];
  items.forEach((it, i) => {
    const where = it.line ? `${it.path}:${it.line}` : it.path;
    out.push(`## ${i + 1}. ${it.severity.toUpperCase()}: ${it.title}`, '');
    out.push(`- **Where:** \`${where}\` — ${it.message}`);
    out.push(`- **Due:** ${it.slaDue.slice(0, 10)}${it.overdue ? ' (**overdue**)' : ''}`);
    out.push(`- **Why it matters:** ${it.why}`);
    out.push(
      `- **What to change:** ${it.change}${it.autoFix ? ' (Plumbline can make this change: `plumb fix --apply`.)' : ''}`,
    );
    out.push(`- **How to check:** ${it.verify}`, '');
  });
  return `${out.join('\n')}\n`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function teamReportHtml(team: string, items: readonly TeamItem[], now = new Date()): string {
  const rows = items
    .map(
      (it, i) => `<section class="item ${esc(it.severity)}">
  <h2>${i + 1}. <span class="sev">${esc(it.severity.toUpperCase())}</span> ${esc(it.title)}</h2>
  <p><strong>Where:</strong> <code>${esc(it.line ? `${it.path}:${it.line}` : it.path)}</code> — ${esc(it.message)}</p>
  <p><strong>Due:</strong> ${esc(it.slaDue.slice(0, 10))}${it.overdue ? ' <strong class="overdue">overdue</strong>' : ''}</p>
  <p><strong>Why it matters:</strong> ${esc(it.why)}</p>
  <p><strong>What to change:</strong> ${esc(it.change)}${it.autoFix ? ' <em>(automatic fix available: <code>plumb fix --apply</code>)</em>' : ''}</p>
  <p><strong>How to check:</strong> ${esc(it.verify)}</p>
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(team)}: security to-do list</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:860px;margin:2rem auto;padding:0 1rem;color:#1f2328}
.item{border-left:4px solid #8c959f;padding:.2rem 1rem;margin:1rem 0}.critical{border-color:#a40e26}.high{border-color:#cf222e}.medium{border-color:#bf8700}.low{border-color:#0969da}
.sev{font-size:.8em;letter-spacing:.05em}.overdue{color:#cf222e}code{background:#f6f8fa;padding:0 .2em}</style></head>
<body><h1>${esc(team)}: security to-do list</h1><p>${items.length} open item${items.length === 1 ? '' : 's'} on ${now.toISOString().slice(0, 10)}, most urgent first.</p>
${rows}
</body></html>
`;
}
