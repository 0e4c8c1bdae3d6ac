import type { AnyRule } from '../../core/rule.js';
import awsAccessKey from './aws-access-key.js';
import awsSecretKey from './aws-secret-key.js';
import azureStorageKey from './azure-storage-key.js';
import gcpServiceAccount from './gcp-service-account.js';
import genericSecret from './generic-secret.js';
import githubToken from './github-token.js';
import gitlabToken from './gitlab-token.js';
import googleApiKey from './google-api-key.js';
import jwt from './jwt.js';
import npmToken from './npm-token.js';
import openaiApiKey from './openai-api-key.js';
import privateKey from './private-key.js';
import sendgridApiKey from './sendgrid-api-key.js';
import slackToken from './slack-token.js';
import slackWebhook from './slack-webhook.js';
import stripeLiveKey from './stripe-live-key.js';
import twilioApiKey from './twilio-api-key.js';
import urlPassword from './url-password.js';

export const rules: readonly AnyRule[] = [
  awsAccessKey,
  awsSecretKey,
  privateKey,
  githubToken,
  gitlabToken,
  slackToken,
  slackWebhook,
  stripeLiveKey,
  googleApiKey,
  npmToken,
  urlPassword,
  jwt,
  genericSecret,
  sendgridApiKey,
  twilioApiKey,
  openaiApiKey,
  azureStorageKey,
  gcpServiceAccount,
];
