import type { DestinationConfig } from '../config.js';
import { EmailSender } from './email.js';
import { JiraSender } from './jira.js';
import type { Sender } from './sender.js';
import { SlackSender } from './slack.js';
import { SplunkHecSender } from './splunk-hec.js';
import { SyslogSender } from './syslog.js';
import { WebhookSender } from './webhook.js';

export function createSender(d: DestinationConfig): Sender {
  switch (d.type) {
    case 'webhook':
      return new WebhookSender(d);
    case 'slack':
      return new SlackSender(d);
    case 'jira':
      return new JiraSender(d);
    case 'splunk-hec':
      return new SplunkHecSender(d);
    case 'syslog':
      return new SyslogSender(d);
    case 'email':
      return new EmailSender(d);
  }
}
