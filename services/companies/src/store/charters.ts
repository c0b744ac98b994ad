import { addDays, badInput, type Database, notFound, type ReferentContact, requireId, todayInParis } from '@dm/shared';
import { enqueue, type OutboxMessage } from '@dm/shared/mail';
import { and, asc, eq, gte, inArray, isNull, lte, notInArray, or, sql } from '@dm/shared/orm';
import { type CharterRow, charter, commitment, commitmentAction, company, outbox } from '../db/schema.ts';
import { charterExpiringMail, charterExpiringReferentMail } from '../mail/charter.ts';
import type { CompaniesMailSettings } from '../mail/notices.ts';
import {
  EXPIRING_SOON_DAYS,
  assertCanSign,
  type CommitmentChoice,
  type CommitmentKind,
  charterTerm,
  commitmentThemeOf,
  renewal,
  termination,
  validateActionDate,
  validateCommitments,
} from '../rules/charter.ts';

/** A Referent reference: the people subgraph owns the person, this subgraph only the portfolio. */
export interface ReferentRef {
  id: string;
}

export interface CommitmentActionView {
  id: string;
  kind: CommitmentKind;
  occurredOn: string;
  description: string;
  participants: number | null;
  recordedAt: Date;
}

export interface SignCharter {
  companyId: string;
  signedOn: string;
  commitments: CommitmentChoice[];
  referentId: string | null;
  demonstration?: boolean;
}

/**
 * Signs a charter: the company row is locked so two signatures cannot race, then the charter, its
 * commitments and the company's current charter are written in one transaction.
 */
export async function signCharter(db: Database, input: SignCharter, today: string): Promise<CharterRow> {
  validateCommitments(input.commitments);
  const term = charterTerm(input.signedOn, today);
  return db.transaction(async (tx) => {
    const [owner] = await tx.select().from(company).where(eq(company.id, input.companyId)).for('update');
    if (!owner) throw notFound('Company', 'input.companyId');
    if (owner.currentCharterId) {
      const [current] = await tx.select().from(charter).where(eq(charter.id, owner.currentCharterId));
      assertCanSign(current ?? null, today);
    }
    const [signed] = await tx
      .insert(charter)
      .values({
        companyId: owner.id,
        ...term,
        referentId: input.referentId,
        demonstration: input.demonstration ?? false,
      })
      .returning();
    if (!signed) throw new Error('charter insert returned nothing');
    await tx.insert(commitment).values(
      input.commitments.map((c) => ({
        charterId: signed.id,
        kind: c.kind,
        description: c.description?.trim() || null,
        demonstration: input.demonstration ?? false,
      })),
    );
    await tx
      .update(company)
      .set({ currentCharterId: signed.id, updatedAt: new Date() })
      .where(eq(company.id, owner.id));
    return signed;
  });
}

async function lockCharter(db: Database, id: string) {
  const [row] = await db
    .select()
    .from(charter)
    .where(eq(charter.id, requireId(id, 'id')))
    .for('update');
  if (!row) throw notFound('Charter', 'id');
  return row;
}

/** Loads a charter for an authorisation check before a change. */
export async function findCharter(db: Database, id: string, field = 'id') {
  const [row] = await db
    .select()
    .from(charter)
    .where(eq(charter.id, requireId(id, field)));
  if (!row) throw notFound('Charter', field);
  return row;
}

export async function renewCharter(db: Database, id: string, today: string): Promise<CharterRow> {
  return db.transaction(async (tx) => {
    const current = await lockCharter(tx, id);
    const [renewed] = await tx
      .update(charter)
      .set({ ...renewal(current, today), updatedAt: new Date() })
      .where(eq(charter.id, current.id))
      .returning();
    await tx.update(company).set({ updatedAt: new Date() }).where(eq(company.id, current.companyId));
    return renewed as CharterRow;
  });
}

export async function terminateCharter(
  db: Database,
  id: string,
  reason: string | null,
  today: string,
): Promise<CharterRow> {
  return db.transaction(async (tx) => {
    const current = await lockCharter(tx, id);
    const [ended] = await tx
      .update(charter)
      .set({ ...termination(current, today), terminationReason: reason, updatedAt: new Date() })
      .where(eq(charter.id, current.id))
      .returning();
    await tx.update(company).set({ updatedAt: new Date() }).where(eq(company.id, current.companyId));
    return ended as CharterRow;
  });
}

export interface RecordAction {
  charter: CharterRow;
  kind: CommitmentKind;
  occurredOn: string;
  description: string;
  participants: number | null;
  recordedBy: string | null;
}

/** Records an action under the charter's commitment of that kind. */
export async function recordCommitmentAction(
  db: Database,
  input: RecordAction,
  today: string,
): Promise<CommitmentActionView> {
  validateActionDate(input.charter, input.occurredOn, today);
  const [chosen] = await db
    .select()
    .from(commitment)
    .where(and(eq(commitment.charterId, input.charter.id), eq(commitment.kind, input.kind)));
  if (!chosen) {
    throw badInput(
      'input.kind',
      `This charter has no ${input.kind} commitment (theme ${commitmentThemeOf[input.kind]})`,
    );
  }
  const [row] = await db
    .insert(commitmentAction)
    .values({
      commitmentId: chosen.id,
      occurredOn: input.occurredOn,
      description: input.description,
      participants: input.participants,
      recordedBy: input.recordedBy,
    })
    .returning();
  if (!row) throw new Error('action insert returned nothing');
  return { ...row, kind: chosen.kind };
}

/** Asks the people subgraph for referents' names and addresses; null when it cannot answer now. */
export type ReferentContacts = (ids: string[]) => Promise<Map<string, ReferentContact> | null>;

/**
 * Tells the company, and its referent, that its charter ends within 90 days: once per expiry (a renewal moves
 * the expiry, and the next one is told again), for charters in force that are not demonstration data. The
 * company is told at its contact address, or the agency's; the referent at their own address, asked of the
 * people subgraph before the transaction (which holds no lock while another process answers; when people does
 * not answer, the referent is told at a later round; a referent without an address, or erased, is not told).
 * Safe with several replicas: each round claims the charters it handles with SKIP LOCKED, and marks each one,
 * in the transaction that queues its mail, with the expiry told.
 */
export async function sweepExpiringCharters(
  db: Database,
  now: Date,
  settings: CompaniesMailSettings,
  referents: ReferentContacts,
  batch = 100,
) {
  const today = todayInParis(now);
  let companies = 0;
  let referentsTold = 0;
  // Charters whose referent could not be asked in this sweep: left to the next one.
  const skipped = new Set<string>();
  const companyDue = sql`${charter.expiryNoticeFor} is distinct from ${charter.expiresOn}`;
  const referentDue = sql`${charter.referentId} is not null and ${charter.referentExpiryNoticeFor} is distinct from ${charter.expiresOn}`;
  const due = () =>
    and(
      isNull(charter.terminatedOn),
      eq(charter.demonstration, false),
      gte(charter.expiresOn, today),
      lte(charter.expiresOn, addDays(today, EXPIRING_SOON_DAYS)),
      or(companyDue, skipped.size ? and(referentDue, notInArray(charter.id, [...skipped])) : referentDue),
    );
  for (;;) {
    const candidates = await db
      .select({ id: charter.id, referentId: charter.referentId, referentDue: sql<boolean>`${referentDue}` })
      .from(charter)
      .where(due())
      .orderBy(asc(charter.expiresOn), asc(charter.id))
      .limit(batch);
    if (candidates.length === 0) break;
    const asked = [...new Set(candidates.filter((c) => c.referentDue).map((c) => c.referentId!))];
    const contacts = asked.length ? await referents(asked) : new Map<string, ReferentContact>();
    const round = await db.transaction(async (tx) => {
      const claimed = await tx
        .select({
          id: charter.id,
          companyId: charter.companyId,
          expiresOn: charter.expiresOn,
          referentId: charter.referentId,
          companyDue: sql<boolean>`${companyDue}`,
          referentDue: sql<boolean>`${referentDue}`,
        })
        .from(charter)
        .where(
          and(
            inArray(
              charter.id,
              candidates.map((c) => c.id),
            ),
            due(),
          ),
        )
        .for('update', { skipLocked: true });
      const owners = claimed.length
        ? await tx
            .select({ id: company.id, name: company.name, contactEmail: company.contactEmail })
            .from(company)
            .where(
              inArray(
                company.id,
                claimed.map((c) => c.companyId),
              ),
            )
        : [];
      const mails: OutboxMessage[] = [];
      let toldCompanies = 0;
      let toldReferents = 0;
      for (const c of claimed) {
        const owner = owners.find((o) => o.id === c.companyId)!;
        const about = { id: c.id, companyName: owner.name, expiresOn: c.expiresOn };
        if (c.companyDue) {
          mails.push(charterExpiringMail(owner.contactEmail ?? settings.fallbackAddress, about, settings.charterUrl));
          await tx.update(charter).set({ expiryNoticeFor: c.expiresOn }).where(eq(charter.id, c.id));
          toldCompanies++;
        }
        if (!c.referentDue) continue;
        if (contacts === null || !asked.includes(c.referentId!)) {
          skipped.add(c.id);
          continue;
        }
        const referent = contacts.get(c.referentId!);
        if (referent?.email) {
          mails.push(
            charterExpiringReferentMail(
              { fullName: referent.fullName, email: referent.email },
              about,
              settings.charterUrl,
            ),
          );
          toldReferents++;
        }
        await tx.update(charter).set({ referentExpiryNoticeFor: c.expiresOn }).where(eq(charter.id, c.id));
      }
      await enqueue(tx, outbox, mails);
      return { claimed: claimed.length, companies: toldCompanies, referents: toldReferents };
    });
    companies += round.companies;
    referentsTold += round.referents;
    // Fewer than a batch left, or another replica holds them all: the next round will see.
    if (candidates.length < batch || round.claimed === 0) break;
  }
  return { charterNoticesToCompanies: companies, charterNoticesToReferents: referentsTold };
}
