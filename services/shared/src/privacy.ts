import { sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { JSONResolver } from 'graphql-scalars';
import { type AuditTable, auditEntries, writeAudit } from './audit.ts';
import type { Database } from './db.ts';
import { requireAdmin } from './access.ts';
import type { Identity } from './identity.ts';
import type { BaseContext } from './subgraph.ts';
import { requireEmail } from './validation.ts';

/** What an erased person's fields become: the records stay (statistics add up), the person does not. */
export const ERASED = 'Effacé';
/** A unique, undeliverable address per erased record: nothing of the original is kept, not even a hash. */
export const erasedAddress = (recordId: PgColumn) => sql<string>`'erased-' || ${recordId} || '@erased.invalid'`;

export interface PersonalDataOfSubgraph {
  /** The field of `DataSubject` and `AuditLog` this subgraph contributes. */
  field: string;
  /** Its erase mutation, e.g. `eraseEventsPersonalData`. */
  eraseMutation: string;
  auditTable: AuditTable;
  /** Every personal datum held about the (lower-cased) address, as structured JSON. */
  exportFor(db: Database, email: string): Promise<Record<string, unknown[]>>;
  /** Anonymises every record of the address in one transaction; returns how many records changed. */
  eraseFor(db: Database, email: string): Promise<number>;
}

/**
 * The data subjects' rights, the same way in every subgraph: its part of `DataSubject` (export), its
 * erase mutation, its part of the `AuditLog`. Admin only; exports and erasures are audited, without the
 * address.
 */
export function personalDataResolvers(part: PersonalDataOfSubgraph) {
  const subject = {
    __resolveReference: (ref: { email: string }, ctx: BaseContext) => {
      requireAdmin(ctx.identity);
      return { email: ref.email.toLowerCase() };
    },
    [part.field]: async (ref: { email: string }, _args: unknown, ctx: BaseContext) => {
      requireAdmin(ctx.identity);
      const data = await part.exportFor(ctx.db, ref.email.toLowerCase());
      const records = Object.values(data).reduce((n, list) => n + list.length, 0);
      ctx.audit.record({ action: 'EXPORT', recordType: 'DataSubject', details: `${records} records exported` });
      return data;
    },
  };
  const auditLog = {
    __resolveReference: (ref: { scope: string }, ctx: BaseContext) => {
      requireAdmin(ctx.identity);
      return ref;
    },
    [part.field]: (_: unknown, args: { first?: number | null; after?: string | null }, ctx: BaseContext) => {
      requireAdmin(ctx.identity);
      return auditEntries(ctx.db, part.auditTable, args.first, args.after);
    },
  };
  const erase = async (_: unknown, args: { email: string }, ctx: BaseContext) => {
    requireAdmin(ctx.identity);
    const email = requireEmail(args.email, 'email').toLowerCase();
    const recordsErased = await ctx.db.transaction(async (tx) => {
      const n = await part.eraseFor(tx, email);
      await writeAudit(tx, part.auditTable, ctx.identity as Identity, [
        { action: 'ERASE', recordType: 'DataSubject', details: `${n} records erased` },
      ]);
      return n;
    });
    return { recordsErased };
  };
  return {
    /** Resolvers of the privacy types, spread into the subgraph's resolver map. */
    types: {
      JSON: JSONResolver,
      DataSubject: subject,
      AuditLog: auditLog,
    } as Record<string, object>,
    /** The erase mutation, spread into the subgraph's mutations. */
    mutations: { [part.eraseMutation]: erase },
  };
}

/** What backs the privacy types in each subgraph's generated resolver types. */
export type DataSubjectRef = { email: string };
export type AuditLogRef = { scope: string };
export type AuditRow = AuditTable['$inferSelect'];
export type AuditPage = import('./pagination.ts').Connection<AuditRow>;
