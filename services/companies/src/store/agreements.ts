import { badInput, type Database, hashSecret, newSecret, notFound, requireId } from '@dm/shared';
import { enqueue, type OutboxMessage } from '@dm/shared/mail';
import { and, asc, desc, eq, gte, isNotNull, lte, sql } from '@dm/shared/orm';
import {
  agreementSignatory,
  type AgreementSignatoryRow,
  charter,
  commitment,
  commitmentAction,
  company,
  immersionAgreement,
  type ImmersionAgreementRow,
  immersionAssessment,
  immersionOffer,
  immersionRequest,
  type ImmersionRequestRow,
  outbox,
} from '../db/schema.ts';
import { immersionCommitmentKind } from '../rules/charter.ts';
import { outcomeMail, signedMail, signLinkMail } from '../mail/agreement.ts';
import type { CompaniesMailSettings } from '../mail/notices.ts';
import {
  type AgreementParty,
  cancelTransition,
  editTransition,
  partiesOf,
  PARTY_ORDER,
  rejectTransition,
  sendTransition,
  signTransition,
  validateTransition,
} from '../rules/agreement.ts';

/** The terms the company writes; the beneficiary comes from the request. */
export interface AgreementTerms {
  startsOn: string;
  endsOn: string;
  schedule: string;
  objectives: string;
  tutorName: string;
  tutorJobTitle: string;
  tutorEmail: string;
  prescriberOrganisation: string | null;
  prescriberName: string | null;
  prescriberEmail: string | null;
  guardianName: string | null;
  guardianEmail: string | null;
}

/** Who signs an agreement, by party, from its terms. */
export function signatoriesOf(row: ImmersionAgreementRow): { party: AgreementParty; name: string; email: string }[] {
  const who: Record<AgreementParty, { name: string; email: string } | null> = {
    BENEFICIARY: { name: `${row.beneficiaryFirstName} ${row.beneficiaryLastName}`, email: row.beneficiaryEmail },
    GUARDIAN: row.guardianName && row.guardianEmail ? { name: row.guardianName, email: row.guardianEmail } : null,
    COMPANY: { name: row.tutorName, email: row.tutorEmail },
    PRESCRIBER:
      row.prescriberName && row.prescriberEmail ? { name: row.prescriberName, email: row.prescriberEmail } : null,
  };
  return partiesOf(who.GUARDIAN !== null, who.PRESCRIBER !== null).map((party) => ({ party, ...who[party]! }));
}

export async function findAgreement(db: Database, id: string, field: string) {
  const [row] = await db
    .select()
    .from(immersionAgreement)
    .where(eq(immersionAgreement.id, requireId(id, field)));
  if (!row) throw notFound('Immersion agreement', field);
  return row;
}

/** The agreement a signing link belongs to, and the party it is for; null for a link that names nothing. */
export async function agreementByToken(db: Database, token: string) {
  if (!token || token.length > 100) return null;
  const [found] = await db
    .select({ agreement: immersionAgreement, signatory: agreementSignatory })
    .from(agreementSignatory)
    .innerJoin(immersionAgreement, eq(immersionAgreement.id, agreementSignatory.agreementId))
    .where(eq(agreementSignatory.tokenHash, hashSecret(token)));
  return found ?? null;
}

/** Signatories in the agreement's order of parties. */
export const inPartyOrder = (rows: AgreementSignatoryRow[]) =>
  [...rows].sort((a, b) => PARTY_ORDER.indexOf(a.party) - PARTY_ORDER.indexOf(b.party));

export async function draftAgreement(
  db: Database,
  request: ImmersionRequestRow,
  terms: AgreementTerms,
  draftedBy: string | null,
) {
  const [offer] = await db.select().from(immersionOffer).where(eq(immersionOffer.id, request.offerId));
  if (!offer) throw notFound('Immersion offer', 'input.requestId');
  const [row] = await db
    .insert(immersionAgreement)
    .values({
      requestId: request.id,
      offerId: offer.id,
      companyId: offer.companyId,
      ...terms,
      beneficiaryFirstName: request.firstName,
      beneficiaryLastName: request.lastName,
      beneficiaryEmail: request.email,
      beneficiaryBirthDate: request.birthDate,
      beneficiaryMinor: request.minor,
      draftedBy,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw badInput('input.requestId', 'This request already has an agreement in force');
  return row;
}

async function aboutOf(tx: Database, agreement: ImmersionAgreementRow) {
  const [found] = await tx
    .select({ offerTitle: immersionOffer.title, companyName: company.name })
    .from(immersionOffer)
    .innerJoin(company, eq(company.id, immersionOffer.companyId))
    .where(eq(immersionOffer.id, agreement.offerId));
  return { agreement, offerTitle: found?.offerTitle ?? '', companyName: found?.companyName ?? '' };
}

/**
 * Issues a fresh single-use link to every party (the previous links, if any, stop working), voiding any
 * signature, and mails each party its own link.
 */
async function issueLinks(tx: Database, agreement: ImmersionAgreementRow, settings: CompaniesMailSettings, now: Date) {
  await tx.delete(agreementSignatory).where(eq(agreementSignatory.agreementId, agreement.id));
  const about = await aboutOf(tx, agreement);
  const mails: OutboxMessage[] = [];
  const renewed = agreement.sentAt !== null;
  for (const signatory of signatoriesOf(agreement)) {
    const { token, hash } = newSecret();
    await tx
      .insert(agreementSignatory)
      .values({ agreementId: agreement.id, ...signatory, tokenHash: hash, linkSentAt: now });
    mails.push(signLinkMail(signatory, token, about, settings, renewed));
  }
  await enqueue(tx, outbox, mails);
}

/** Changes the terms; after the first signature, every signature is voided and new links go out. */
export async function updateAgreement(
  db: Database,
  id: string,
  terms: AgreementTerms,
  settings: CompaniesMailSettings,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(immersionAgreement).where(eq(immersionAgreement.id, id)).for('update');
    if (!current) throw notFound('Immersion agreement', 'id');
    const signed = await tx
      .select({ id: agreementSignatory.id })
      .from(agreementSignatory)
      .where(and(eq(agreementSignatory.agreementId, id), isNotNull(agreementSignatory.signedAt)));
    const next = editTransition(current.status, signed.length);
    const [updated] = await tx
      .update(immersionAgreement)
      .set({ ...terms, status: next.status, updatedAt: now })
      .where(eq(immersionAgreement.id, id))
      .returning();
    if (next.resend) await issueLinks(tx, updated!, settings, now);
    return updated!;
  });
}

/** Sends a draft for signature: each party gets its link. */
export async function sendAgreement(db: Database, id: string, settings: CompaniesMailSettings, now: Date) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(immersionAgreement).where(eq(immersionAgreement.id, id)).for('update');
    if (!current) throw notFound('Immersion agreement', 'id');
    const status = sendTransition(current.status);
    await issueLinks(tx, current, settings, now);
    const [updated] = await tx
      .update(immersionAgreement)
      .set({ status, sentAt: now, updatedAt: now })
      .where(eq(immersionAgreement.id, id))
      .returning();
    return updated!;
  });
}

/**
 * Signs for the party a link is for. The signatory row is locked, so a link used twice at once signs
 * once; the agreement row too, so the last signature makes it SIGNED exactly once.
 */
export async function signAgreement(db: Database, token: string, settings: CompaniesMailSettings, now: Date) {
  return db.transaction(async (tx) => {
    const [signatory] =
      token.length <= 100
        ? await tx
            .select()
            .from(agreementSignatory)
            .where(eq(agreementSignatory.tokenHash, hashSecret(token)))
            .for('update')
        : [];
    if (!signatory) throw badInput('input.token', 'This link is unknown or was replaced by a newer one');
    const [current] = await tx
      .select()
      .from(immersionAgreement)
      .where(eq(immersionAgreement.id, signatory.agreementId))
      .for('update');
    const all = await tx.select().from(agreementSignatory).where(eq(agreementSignatory.agreementId, current!.id));
    const signedAfter = all.filter((s) => s.signedAt !== null).length + 1;
    const status = signTransition(current!.status, signatory.signedAt !== null, signedAfter, all.length);
    await tx.update(agreementSignatory).set({ signedAt: now }).where(eq(agreementSignatory.id, signatory.id));
    const [updated] = await tx
      .update(immersionAgreement)
      .set({ status, updatedAt: now })
      .where(eq(immersionAgreement.id, current!.id))
      .returning();
    if (status === 'SIGNED') await enqueue(tx, outbox, [signedMail(await aboutOf(tx, updated!), settings)]);
    return updated!;
  });
}

/** Validation, rejection or cancellation: the status changes and every party who got a link is told. */
export async function concludeAgreement(
  db: Database,
  id: string,
  outcome: 'VALIDATED' | 'REJECTED' | 'CANCELLED',
  by: string | null,
  reason: string | null,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(immersionAgreement).where(eq(immersionAgreement.id, id)).for('update');
    if (!current) throw notFound('Immersion agreement', 'id');
    const from = current.status;
    const status =
      outcome === 'VALIDATED'
        ? validateTransition(from)
        : outcome === 'REJECTED'
          ? rejectTransition(from)
          : cancelTransition(from);
    const [updated] = await tx
      .update(immersionAgreement)
      .set({
        status,
        updatedAt: now,
        ...(outcome === 'VALIDATED' ? { validatedAt: now, validatedBy: by } : {}),
        ...(outcome === 'REJECTED' ? { rejectedAt: now, rejectionReason: reason } : {}),
        ...(outcome === 'CANCELLED' ? { cancelledAt: now } : {}),
      })
      .where(eq(immersionAgreement.id, id))
      .returning();
    const told = await tx
      .select()
      .from(agreementSignatory)
      .where(eq(agreementSignatory.agreementId, id))
      .orderBy(asc(agreementSignatory.party));
    const about = await aboutOf(tx, updated!);
    await enqueue(
      tx,
      outbox,
      told.map((s) => outcomeMail(s, outcome, about)),
    );
    return updated!;
  });
}

export interface NewAssessment {
  tookPlace: boolean;
  hoursDone: number;
  skillsObserved: string[];
  comment: string | null;
  recordedBy: string | null;
}

/**
 * Records an agreement's assessment, once (a second one is refused). An immersion that took place is, in the
 * same transaction, an action of the company's charter in force on its last day, under the commitment it counts
 * for (`rules/charter.ts#immersionCommitmentKind`) when the charter has it: the follow-up of commitments sees
 * it. The action names the offer and the hours, never the beneficiary.
 */
export async function recordAssessment(db: Database, agreement: ImmersionAgreementRow, input: NewAssessment) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(immersionAssessment)
      .values({ agreementId: agreement.id, ...input })
      .onConflictDoNothing()
      .returning();
    if (!row) throw badInput('input.agreementId', 'This immersion was assessed already');
    if (!input.tookPlace) return row;
    const [hosted] = await tx
      .select({ category: immersionRequest.category, title: immersionOffer.title })
      .from(immersionRequest)
      .innerJoin(immersionOffer, eq(immersionOffer.id, immersionRequest.offerId))
      .where(eq(immersionRequest.id, agreement.requestId));
    const kind = hosted ? immersionCommitmentKind(hosted.category) : null;
    if (!hosted || !kind) return row;
    const [chosen] = await tx
      .select({ id: commitment.id })
      .from(commitment)
      .innerJoin(charter, eq(charter.id, commitment.charterId))
      .where(
        and(
          eq(charter.companyId, agreement.companyId),
          eq(commitment.kind, kind),
          lte(charter.signedOn, agreement.endsOn),
          gte(sql`coalesce(${charter.terminatedOn}, ${charter.expiresOn})`, agreement.endsOn),
        ),
      )
      .orderBy(desc(charter.signedOn))
      .limit(1);
    if (chosen) {
      await tx.insert(commitmentAction).values({
        commitmentId: chosen.id,
        occurredOn: agreement.endsOn,
        description: `Immersion accueillie : « ${hosted.title} », ${input.hoursDone} h`,
        participants: 1,
        recordedBy: input.recordedBy,
      });
    }
    return row;
  });
}
