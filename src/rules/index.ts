import type { AnyRule } from '../core/rule.js';
import { rules as appSettings } from './app-settings/index.js';
import { rules as aws } from './aws/index.js';
import { rules as azure } from './azure/index.js';
import { rules as cloudformation } from './cloudformation/index.js';
import { rules as compose } from './compose/index.js';
import { rules as dockerfile } from './dockerfile/index.js';
import { rules as gcp } from './gcp/index.js';
import { rules as githubActions } from './github-actions/index.js';
import { rules as kubernetes } from './kubernetes/index.js';
import { rules as live } from './live/index.js';
import { rules as liveNet } from './live-net/index.js';
import { rules as mysql } from './mysql/index.js';
import { rules as nginx } from './nginx/index.js';
import { rules as postgres } from './postgres/index.js';
import { rules as redis } from './redis/index.js';
import { rules as secrets } from './secrets/index.js';
import { rules as sshd } from './sshd/index.js';
import { rules as terraform } from './terraform/index.js';

/** The catalogue. Each folder's index lists its rules; a meta-test checks none is forgotten. */
export const RULES: readonly AnyRule[] = [
  ...dockerfile,
  ...kubernetes,
  ...compose,
  ...githubActions,
  ...nginx,
  ...sshd,
  ...redis,
  ...postgres,
  ...mysql,
  ...secrets,
  ...appSettings,
  ...aws,
  ...terraform,
  ...azure,
  ...gcp,
  ...cloudformation,
  ...live,
  ...liveNet,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): AnyRule | undefined {
  return BY_ID.get(id);
}
