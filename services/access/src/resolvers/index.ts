import { scalarResolvers } from '@dm/shared';
import type { Resolvers } from '../generated/resolvers.ts';
import { AuditLog } from './AuditLog.ts';
import { DataSubject } from './DataSubject.ts';
import { Mutation } from './Mutation.ts';
import { Query } from './Query.ts';
import { WebhookDelivery } from './WebhookDelivery.ts';

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  Query,
  Mutation,
  DataSubject,
  AuditLog,
  WebhookDelivery,
};
