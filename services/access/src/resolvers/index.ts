import { auditEntries, badInput, requireAdmin, requireEmail, requireText, scalarResolvers } from '@dm/shared';
import type { ApiScope, AuditAction, Resolvers } from '../generated/resolvers.ts';
import { auditEntry } from '../db/schema.ts';
import { validateScopes } from '../rules/apiKeys.ts';
import { createKey, findKey, listKeys, revokeKey, rotateKey } from '../store/apiKeys.ts';
import { webhookResolvers } from './Webhooks.ts';

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  ...webhookResolvers,
  Query: {
    ...webhookResolvers.Query,
    apiKeys: (_, { includeRevoked, first, after }, ctx) => {
      requireAdmin(ctx.identity);
      return listKeys(ctx.db, includeRevoked ?? false, first, after);
    },
    dataSubject: (_, { email }, ctx) => {
      requireAdmin(ctx.identity);
      ctx.audit.record({ action: 'EXPORT', recordType: 'DataSubject', details: 'export requested' });
      return { email: requireEmail(email, 'email').toLowerCase() };
    },
    auditLog: (_, __, ctx) => {
      requireAdmin(ctx.identity);
      return { scope: 'all' };
    },
  },
  Mutation: {
    ...webhookResolvers.Mutation,
    createApiKey: async (_, { input }, ctx) => {
      requireAdmin(ctx.identity);
      return createKey(
        ctx.db,
        requireText(input.partner, 'input.partner', 200),
        validateScopes(input.scopes),
        ctx.identity,
      );
    },
    revokeApiKey: async (_, { id }, ctx) => {
      requireAdmin(ctx.identity);
      return revokeKey(ctx.db, (await findKey(ctx.db, id)).id, ctx.identity);
    },
    rotateApiKey: async (_, { id }, ctx) => {
      requireAdmin(ctx.identity);
      const old = await findKey(ctx.db, id);
      if (old.revokedAt) throw badInput('id', 'A revoked key cannot be rotated: create a new one');
      return rotateKey(ctx.db, old, ctx.identity);
    },
  },
  ApiKey: {
    scopes: (row) => row.scopes as ApiScope[],
  },
  DataSubject: {
    __resolveReference: (ref, ctx) => {
      requireAdmin(ctx.identity);
      return { email: ref.email };
    },
  },
  AuditLog: {
    __resolveReference: (ref, ctx) => {
      requireAdmin(ctx.identity);
      return { scope: ref.scope };
    },
    access: (_, { first, after }, ctx) => {
      requireAdmin(ctx.identity);
      return auditEntries(ctx.db, auditEntry, first, after);
    },
  },
  AuditEntry: {
    action: (row) => row.action as AuditAction,
  },
};
