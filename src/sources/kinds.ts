import { djangoHandler } from './parsers/app-settings/django-handler.js';
import { springHandler } from './parsers/app-settings/spring-handler.js';
import { cloudformationHandler } from './parsers/cloudformation/handler.js';
import { composeHandler } from './parsers/compose/handler.js';
import { dockerfileHandler } from './parsers/dockerfile/handler.js';
import { githubActionsHandler } from './parsers/github-actions/handler.js';
import { kubernetesHandler } from './parsers/kubernetes/handler.js';
import { mysqlHandler } from './parsers/mysql/handler.js';
import { nginxHandler } from './parsers/nginx/handler.js';
import { postgresConfHandler } from './parsers/postgres/conf-handler.js';
import { pgHbaHandler } from './parsers/postgres/hba-handler.js';
import { redisHandler } from './parsers/redis/handler.js';
import { textHandler } from './parsers/secrets/handler.js';
import { sshdHandler } from './parsers/sshd/handler.js';
import { terraformHandler } from './parsers/terraform/handler.js';
import type { FileKindHandler } from './parsers/types.js';

/**
 * Every file kind, in detection order: a name match wins over a content match, and among
 * content matches the first listed wins (workflows and compose before generic Kubernetes).
 * `text` is not detected: it is the extra pass that every readable text file gets (secrets).
 */
export const FILE_KINDS: readonly FileKindHandler[] = [
  dockerfileHandler,
  terraformHandler,
  githubActionsHandler,
  cloudformationHandler,
  composeHandler,
  kubernetesHandler,
  nginxHandler,
  sshdHandler,
  redisHandler,
  postgresConfHandler,
  pgHbaHandler,
  mysqlHandler,
  djangoHandler,
  springHandler,
];

export const TEXT_KIND: FileKindHandler = textHandler;

export const ALL_KINDS: readonly FileKindHandler[] = [...FILE_KINDS, TEXT_KIND];

export function handlerFor(kind: string): FileKindHandler | undefined {
  return ALL_KINDS.find((h) => h.kind === kind);
}

const CONTENT_SNIFF_EXTENSIONS = /\.(?:ya?ml|json|conf|cnf|cfg|ini|properties|py|txt)$|^[^.]+$/i;

/** The kind of a file: by name first, then by a sniff of its content (only for plausible files). */
export function detectKind(path: string, text: string | undefined): FileKindHandler | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  for (const h of FILE_KINDS) if (h.byName?.(path, base)) return h;
  if (text === undefined || !CONTENT_SNIFF_EXTENSIONS.test(base)) return undefined;
  for (const h of FILE_KINDS) if (h.byContent?.(text, base)) return h;
  return undefined;
}
