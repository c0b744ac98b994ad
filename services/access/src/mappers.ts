// What backs each GraphQL type (see codegen.ts).
import type { AuditTable, Connection } from '@dm/shared';
import type { ApiKeyRow, WebhookDeliveryRow, WebhookSubscriptionRow } from './db/schema.ts';

export type { ApiKeyRow } from './db/schema.ts';
export type ApiKeyPage = Connection<ApiKeyRow>;
export type CreatedKey = { apiKey: ApiKeyRow; secret: string };
export type AuditRow = AuditTable['$inferSelect'];
export type AuditPage = Connection<AuditRow>;
export type SubjectRef = { email: string };
export type AuditScope = { scope: string };
export type { WebhookAttemptRow, WebhookDeliveryRow, WebhookSubscriptionRow } from './db/schema.ts';
export type WebhookSubscriptionPage = Connection<WebhookSubscriptionRow>;
export type WebhookDeliveryPage = Connection<WebhookDeliveryRow>;
export type CreatedSubscription = { subscription: WebhookSubscriptionRow; secret: string };
