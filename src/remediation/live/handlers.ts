import { mysqlHandler } from './mysql-handler.js';
import { postgresHandler } from './postgres-handler.js';
import { redisHandler } from './redis-handler.js';
import type { LiveAction, LiveHandler } from './types.js';

/** Handler for each live action type; `satisfies` makes a missing handler a compile error. */
export const LIVE_HANDLERS = {
  'redis.harden': redisHandler,
  'postgres.require-password': postgresHandler,
  'mysql.harden': mysqlHandler,
} satisfies { [T in LiveAction['type']]: LiveHandler<Extract<LiveAction, { type: T }>> };

export function handlerFor(action: LiveAction): LiveHandler {
  return LIVE_HANDLERS[action.type] as unknown as LiveHandler;
}
