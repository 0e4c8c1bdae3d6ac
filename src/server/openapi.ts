import type { RouteOptions } from 'fastify';

interface Operation {
  method: string;
  url: string;
  schema: Record<string, unknown> | undefined;
  summary: string | undefined;
}

/**
 * Builds the OpenAPI document from the routes as they are registered (Fastify's onRoute hook),
 * so the document cannot forget a route: every route is in it, with its validation schemas.
 */
export class OpenApiCollector {
  private readonly ops: Operation[] = [];

  constructor(private readonly version: string) {}

  onRoute = (route: RouteOptions): void => {
    if (!route.url.startsWith('/api/')) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      const schema = route.schema as Record<string, unknown> | undefined;
      this.ops.push({
        method: method.toLowerCase(),
        url: route.url,
        schema,
        summary: (schema?.summary as string | undefined) ?? undefined,
      });
    }
  };

  document(): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const op of this.ops) {
      const path = op.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const params: unknown[] = [];
      for (const m of op.url.matchAll(/:([A-Za-z0-9_]+)/g))
        params.push({ name: m[1], in: 'path', required: true, schema: { type: 'string' } });
      const qs = op.schema?.querystring as { properties?: Record<string, unknown> } | undefined;
      for (const [name, schema] of Object.entries(qs?.properties ?? {}))
        params.push({ name, in: 'query', required: false, schema });
      const body = op.schema?.body;
      const publicRoute = op.url === '/api/health' || op.url === '/api/openapi.json';
      paths[path] = {
        ...(paths[path] ?? {}),
        [op.method]: {
          summary: op.summary ?? `${op.method.toUpperCase()} ${op.url}`,
          ...(params.length ? { parameters: params } : {}),
          ...(body
            ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } }
            : {}),
          responses: {
            '200': { description: 'OK' },
            '400': {
              description: 'invalid_request',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
            },
            ...(publicRoute
              ? {}
              : { '401': { description: 'unauthorized' }, '403': { description: 'forbidden' } }),
          },
          ...(publicRoute ? { security: [] } : {}),
        },
      };
    }
    return {
      openapi: '3.1.0',
      info: {
        title: 'Plumbline API',
        version: this.version,
        description:
          'Findings, assets, teams, scans and fixes. Errors are `{error: {code, message}}` with stable codes.',
      },
      servers: [{ url: '/' }],
      security: [{ bearer: [] }],
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
        schemas: {
          Error: {
            type: 'object',
            properties: {
              error: {
                type: 'object',
                properties: {
                  code: {
                    type: 'string',
                    enum: [
                      'unauthorized',
                      'forbidden',
                      'not_found',
                      'invalid_request',
                      'conflict',
                      'internal',
                    ],
                  },
                  message: { type: 'string' },
                },
              },
            },
          },
        },
      },
      paths,
    };
  }
}

declare module 'fastify' {
  interface FastifySchema {
    /** One line for the OpenAPI document. */
    summary?: string;
  }
}
