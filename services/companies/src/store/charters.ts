import { badInput, type Database, notFound, requireId } from '@dm/shared';
import { and, eq } from '@dm/shared/orm';
import { type CharterRow, charter, commitment, commitmentAction, company } from '../db/schema.ts';
import {
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
  return { ...row, kind: chosen.kind as CommitmentKind };
}
