import type { Diagnostic } from '../../core/diagnostic.js';
import { identifyService } from './identify.js';
import { isLiveServiceName, LIVE_SERVICES, type LiveServiceName } from './services.js';
import { endpointUrl, type LiveDocumentBase, type LiveTarget, type ProbeOptions } from './types.js';

export type { LiveServiceName } from './services.js';
export type { LiveCredentials, LiveDocumentBase, LiveTarget, ProbeOptions } from './types.js';

export interface LiveEndpoint extends LiveTarget {
  /** Service name (`redis`, `postgres`, ...). Identified by handshake when absent. */
  readonly service?: string;
}

export interface LiveProbeResult {
  readonly documents: LiveDocumentBase[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Probes one endpoint: identifies the service when not named, runs its read-only probe, and returns
 * the document (only when the service answered its handshake) plus diagnostics naming the endpoint.
 */
export async function probeEndpoint(target: LiveEndpoint, opts: ProbeOptions): Promise<LiveProbeResult> {
  const where = { host: target.host, port: target.port };
  let service: LiveServiceName | undefined;
  let httpOnly = false;
  if (target.service !== undefined) {
    if (!isLiveServiceName(target.service)) {
      return {
        documents: [],
        diagnostics: [
          {
            code: 'config-error',
            level: 'error',
            target: endpointUrl('tcp', where),
            message: `unknown service "${target.service}" (known: ${Object.keys(LIVE_SERVICES).join(', ')})`,
          },
        ],
      };
    }
    service = target.service;
  } else {
    const usual = (Object.keys(LIVE_SERVICES) as LiveServiceName[]).find(
      (s) => LIVE_SERVICES[s].defaultPort === target.port,
    );
    const id = await identifyService(where, Math.min(opts.timeoutMs, 1500), usual);
    service = id.service;
    httpOnly = id.http === true;
    if (!service) {
      return {
        documents: [],
        diagnostics: [
          { code: 'unresolved', level: 'warning', target: endpointUrl('tcp', where), message: id.note },
        ],
      };
    }
  }
  const doc = await LIVE_SERVICES[service].probe(where, opts);
  const diagnostics = [...doc.diagnostics];
  let keep = doc.reachable;
  if (httpOnly && 'identified' in doc && doc.identified !== true) {
    keep = false;
    diagnostics.push({
      code: 'unresolved',
      level: 'note',
      target: doc.path,
      message: 'HTTP service that is not Elasticsearch/OpenSearch',
    });
  }
  return { documents: keep ? [doc] : [], diagnostics };
}
