import { Notifier } from '../integrations/index.js';
import type { NotificationControl } from '../server/routes/notifications.js';
import { type EffectivePolicy, effectivePolicy, type PolicySource } from './notification-policy.js';
import type { Platform } from './platform.js';

export interface NotificationService extends NotificationControl {
  stop(): Promise<void>;
}

/**
 * Delivery for `plumb serve`: a Notifier over the policy in force (plumb.yaml, or routes saved
 * through the API), announcing every recorded scan and applied fix; `reload` swaps in a new
 * policy without losing anything queued (the outbox lives in the store).
 */
export async function startNotifications(
  platform: Platform,
  file: string,
  log: (m: string) => void,
): Promise<NotificationService | undefined> {
  const raw = platform.rawConfig.notifications;
  if (raw === undefined) return undefined;
  const source: PolicySource = { raw, file };
  let policy: EffectivePolicy = await effectivePolicy(platform.store, source);
  let notifier: Notifier | undefined;
  const start = () => {
    notifier = policy.config
      ? new Notifier(platform.store, policy.config, {
          onError: (e) => log(`notifications: ${(e as Error).message ?? String(e)}`),
        })
      : undefined;
    notifier?.start();
  };
  start();
  platform.scans.onScan(async (group, outcome, trigger) => {
    await notifier?.handleScan(group, outcome, trigger);
  });
  platform.fixListener = async (o) => notifier?.notifyFix(o);
  return {
    source,
    current: () => policy,
    async reload() {
      await notifier?.stop();
      policy = await effectivePolicy(platform.store, source);
      start();
    },
    async stop() {
      await notifier?.stop();
    },
  };
}
