import { auditEntries, requireAdmin } from '@dm/shared';
import type { AuditLogResolvers } from '../generated/resolvers.ts';
import { auditEntry } from '../db/schema.ts';

export const AuditLog: AuditLogResolvers = {
  __resolveReference: (ref, ctx) => {
    requireAdmin(ctx.identity);
    return { scope: ref.scope };
  },
  access: (_, { first, after }, ctx) => {
    requireAdmin(ctx.identity);
    return auditEntries(ctx.db, auditEntry, first, after);
  },
};
