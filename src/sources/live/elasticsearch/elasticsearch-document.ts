import type { LiveDocumentBase } from '../types.js';

export interface ElasticsearchLiveDocument extends LiveDocumentBase {
  readonly kind: 'elasticsearch-live';
  /** HTTP status of `GET /` without credentials. */
  readonly rootStatus?: number;
  /** The reply looked like Elasticsearch or OpenSearch (version.number and cluster_name). */
  readonly identified?: boolean;
  readonly distribution?: 'elasticsearch' | 'opensearch';
  readonly version?: string;
  readonly clusterName?: string;
  /** HTTP status of `GET /_cluster/health` without credentials. */
  readonly healthStatus?: number;
  /** Cluster colour from the health reply, when readable. */
  readonly clusterHealth?: string;
  /** A 401 with a WWW-Authenticate challenge. */
  readonly authChallenge?: string;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    'elasticsearch-live': ElasticsearchLiveDocument;
  }
}
