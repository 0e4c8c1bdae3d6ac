import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Platform } from '../platform/platform.js';
import { findToken } from '../store/tokens.js';
import { ApiError, errorBody } from './errors.js';
import { OpenApiCollector } from './openapi.js';
import { principalOf } from './principal.js';
import { registerDirectoryRoutes } from './routes/directory.js';
import { registerFindingRoutes } from './routes/findings.js';
import { registerFixRoutes } from './routes/fixes.js';
import { type NotificationControl, registerNotificationRoutes } from './routes/notifications.js';
import { registerOverviewRoutes } from './routes/overview.js';
import { registerScanRoutes } from './routes/scans.js';

export interface AppOptions {
  readonly version: string;
  /** Built dashboard (web/dist); the API works without it. */
  readonly webDir?: string | undefined;
  readonly log?: (msg: string) => void;
  /** Extra routes (integrations add the delivery log). */
  readonly extend?: (app: FastifyInstance) => void;
  readonly notifications?: NotificationControl | undefined;
}

const PUBLIC = new Set(['/api/health', '/api/openapi.json']);

/** The HTTP API and dashboard as one Fastify app. One error handler; stable error codes. */
export async function buildApp(platform: Platform, options: AppOptions): Promise<FastifyInstance> {
  const log = options.log ?? (() => {});
  const app = Fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  });
  const openapi = new OpenApiCollector(options.version);
  app.addHook('onRoute', openapi.onRoute);

  app.setErrorHandler((error, _req, reply) => {
    if (error instanceof ApiError) return reply.code(error.status).send(errorBody(error.code, error.message));
    const e = error as { validation?: unknown; statusCode?: number; message: string; code?: string };
    if (
      e.validation ||
      e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
      e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      (e.statusCode && e.statusCode >= 400 && e.statusCode < 500)
    ) {
      return reply
        .code(e.statusCode && e.statusCode !== 415 && e.statusCode !== 413 ? 400 : (e.statusCode ?? 400))
        .send(errorBody('invalid_request', e.message));
    }
    log(`internal error: ${e.message}`);
    return reply.code(500).send(errorBody('internal', 'internal error'));
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/'))
      return reply.code(404).send(errorBody('not_found', `no route ${req.method} ${req.url.split('?')[0]}`));
    // Single-page dashboard: unknown paths fall back to index.html.
    if (options.webDir && existsSync(join(options.webDir, 'index.html'))) return reply.sendFile('index.html');
    return reply.code(404).send(errorBody('not_found', 'not found'));
  });

  app.addHook('onRequest', async (req) => {
    const path = req.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || PUBLIC.has(path)) return;
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new ApiError('unauthorized', 'send Authorization: Bearer <token>');
    const token = await findToken(platform.store, m[1]!);
    if (!token) throw new ApiError('unauthorized', 'unknown token');
    req.principal = principalOf(token);
  });

  app.get('/api/openapi.json', { schema: { summary: 'This OpenAPI document' } }, async () =>
    openapi.document(),
  );
  registerDirectoryRoutes(app, platform, options.version);
  registerOverviewRoutes(app, platform);
  registerFindingRoutes(app, platform);
  registerFixRoutes(app, platform);
  registerScanRoutes(app, platform, log);
  registerNotificationRoutes(app, platform, options.notifications);
  options.extend?.(app);

  if (options.webDir && existsSync(options.webDir)) {
    await app.register(fastifyStatic, {
      root: options.webDir,
      prefix: '/',
      index: ['index.html'],
      wildcard: false,
    });
  }
  await app.ready();
  return app;
}
