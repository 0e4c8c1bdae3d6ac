import type { TokenRecord } from '../store/tokens.js';
import { ApiError } from './errors.js';

export interface Principal {
  readonly token: TokenRecord;
  readonly isAdmin: boolean;
  /** The only team this principal may see, or undefined for admins. */
  readonly teamId: string | undefined;
  readonly canWrite: boolean;
}

export function principalOf(token: TokenRecord): Principal {
  return token.scope.kind === 'admin'
    ? { token, isAdmin: true, teamId: undefined, canWrite: true }
    : { token, isAdmin: false, teamId: token.scope.teamId, canWrite: token.scope.access === 'write' };
}

export function requireAdmin(p: Principal): void {
  if (!p.isAdmin) throw new ApiError('forbidden', 'this needs an admin token');
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}
