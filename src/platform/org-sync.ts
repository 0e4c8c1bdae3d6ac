import type { Store } from '../store/connect.js';
import { newId } from '../store/ids.js';
import type { PlatformConfig } from './platform-config.js';

export const UNOWNED_TEAM = 'Unowned';

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

/**
 * Makes the store's organisation match the config: subsidiaries, teams and the ordered
 * ownership rules. Teams are keyed by name (ids derived from it, stable across restarts).
 * Returns the default owner's team id (the "Unowned" bucket unless configured).
 */
export async function syncOrganisation(
  store: Store,
  config: PlatformConfig,
  now = new Date(),
): Promise<string> {
  const iso = now.toISOString();
  return store.db.transaction().execute(async (trx) => {
    const org = config.organisation;
    const teamIds = new Map<string, string>();
    const upsertTeam = async (name: string, subsidiaryId: string | null, contact: string | null) => {
      const id = `team-${slug(name)}`;
      const existing = await trx.selectFrom('teams').select('id').where('id', '=', id).executeTakeFirst();
      if (existing)
        await trx
          .updateTable('teams')
          .set({ name, subsidiary_id: subsidiaryId, contact })
          .where('id', '=', id)
          .execute();
      else
        await trx
          .insertInto('teams')
          .values({ id, name, subsidiary_id: subsidiaryId, contact, created_at: iso })
          .execute();
      teamIds.set(name, id);
    };
    for (const sub of org?.subsidiaries ?? []) {
      const id = `sub-${slug(sub.name)}`;
      const existing = await trx
        .selectFrom('subsidiaries')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!existing)
        await trx.insertInto('subsidiaries').values({ id, name: sub.name, created_at: iso }).execute();
      for (const t of sub.teams) await upsertTeam(t.name, id, t.contact ?? null);
    }
    for (const t of org?.teams ?? []) await upsertTeam(t.name, null, t.contact ?? null);
    const defaultName = org?.defaultOwner ?? UNOWNED_TEAM;
    if (!teamIds.has(defaultName)) await upsertTeam(defaultName, null, null);
    await trx.deleteFrom('ownership_rules').execute();
    let position = 0;
    for (const rule of config.ownership) {
      const teamId = teamIds.get(rule.team);
      if (!teamId)
        throw new Error(
          `ownership rule ${position + 1} names team "${rule.team}", which is not in organisation`,
        );
      await trx
        .insertInto('ownership_rules')
        .values({
          id: newId('own'),
          position: position++,
          team_id: teamId,
          match_type: rule.match,
          pattern: rule.pattern,
          created_at: iso,
        })
        .execute();
    }
    return teamIds.get(defaultName)!;
  });
}
