/** The integrations' public surface, for the CLI (`--notify`, `--format ocsf`) and the server. */
export {
  DESTINATION_TYPES,
  type DestinationConfig,
  EVENT_TYPES,
  type EventType,
  NotificationConfigError,
  type NotificationsConfig,
  parseNotificationsConfig,
  type RedactedDestination,
  redactedDestinations,
} from './config.js';
export {
  eventsFromTransitions,
  type FixOutcome,
  fixEvents,
  type NotificationEvent,
  slaBreachEvents,
} from './events.js';
export { type DeliverySummary, Notifier, type NotifierOptions, notifyFix, notifyScan } from './notifier.js';
export { formatOcsf } from './ocsf.js';
export { DELIVERY_STATUSES, type DeliveryLogItem, type DeliveryStatus, listDeliveries } from './outbox.js';
export { verifyWebhook } from './standard-webhooks.js';
