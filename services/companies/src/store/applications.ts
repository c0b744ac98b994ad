import { type Database, keysetPage, notFound, requireId } from '@dm/shared';
import { enqueue } from '@dm/shared/mail';
import { and, eq, inArray, type SQL } from '@dm/shared/orm';
import { type CharterApplicationRow, charter, charterApplication, outbox } from '../db/schema.ts';
import type { CompaniesMailSettings } from '../mail/notices.ts';
import { type ApplicationStatus, type CommitmentChoice, regionSignature, reviewTransition } from '../rules/charter.ts';
import { insertCompany } from './companies.ts';
import { findCharter, signCharter } from './charters.ts';

export interface NewApplication {
  companyId: string | null;
  companyName: string;
  siret: string | null;
  communeCode: string | null;
  departmentCode: string | null;
  sector: string | null;
  nafCode: string | null;
  commitments: CommitmentChoice[];
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  submittedBy: string | null;
}

/** Records an application; the applicant gets an acknowledgement and the agency a notice, in the same transaction. */
export async function submitApplication(db: Database, input: NewApplication, settings: CompaniesMailSettings) {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(charterApplication).values(input).returning();
    await enqueue(tx, outbox, [
      {
        kind: 'CHARTER_APPLICATION_RECEIVED',
        toAddress: input.contactEmail,
        recordId: row!.id,
        subject: 'Votre candidature à la charte Fabrique des Compétences',
        body: [
          `Bonjour ${input.contactName},`,
          '',
          `Nous avons bien reçu la candidature de ${input.companyName} à la charte d’engagement Fabrique des Compétences.`,
          'L’agence l’examine et vous répondra par courriel.',
        ].join('\n'),
      },
      {
        kind: 'CHARTER_APPLICATION_TO_REVIEW',
        toAddress: settings.fallbackAddress,
        recordId: row!.id,
        subject: `Candidature à la charte : ${input.companyName}`,
        body: [
          'Bonjour,',
          '',
          `${input.companyName} demande à signer la charte Fabrique des Compétences.`,
          `Référence de la candidature : ${row!.id}`,
        ].join('\n'),
      },
    ]);
    return row!;
  });
}

export async function findApplication(db: Database, id: string, field = 'id') {
  const [row] = await db
    .select()
    .from(charterApplication)
    .where(eq(charterApplication.id, requireId(id, field)));
  if (!row) throw notFound('Charter application', field);
  return row;
}

/** Applications, oldest first; `departments` narrows them (null: every department). */
export function listApplications(
  db: Database,
  status: ApplicationStatus | null | undefined,
  departments: string[] | null,
  first?: number | null,
  after?: string | null,
) {
  const conditions: (SQL | undefined)[] = [status ? eq(charterApplication.status, status) : undefined];
  if (departments)
    conditions.push(inArray(charterApplication.departmentCode, departments.length ? departments : ['-']));
  return keysetPage<CharterApplicationRow>(db, charterApplication, {
    where: and(...conditions),
    order: [charterApplication.createdAt, charterApplication.id],
    keys: ['createdAt', 'id'],
    first,
    after,
  });
}

/**
 * Approves an application: the company is registered if it was not, the charter signed for two years from
 * today, the company's signature dated the day it applied and the agency's today; the Région signs later.
 * The applicant is told. Rejection records the reason and tells the applicant.
 */
export async function reviewApplication(
  db: Database,
  id: string,
  review: { approve: boolean; reason: string | null; referentId: string | null; by: string | null },
  today: string,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(charterApplication).where(eq(charterApplication.id, id)).for('update');
    if (!current) throw notFound('Charter application', 'id');
    const status: ApplicationStatus = reviewTransition(current.status, review.approve);
    let companyId = current.companyId;
    let charterId: string | null = null;
    if (review.approve) {
      companyId ??= (
        await insertCompany(tx, {
          name: current.companyName,
          siret: current.siret,
          communeCode: current.communeCode,
          departmentCode: current.departmentCode,
          sector: current.sector,
          nafCode: current.nafCode,
          contactEmail: current.contactEmail,
        })
      ).id;
      const signed = await signCharter(
        tx,
        {
          companyId,
          signedOn: today,
          commitments: current.commitments,
          referentId: review.referentId,
        },
        today,
      );
      await tx
        .update(charter)
        .set({
          companySignedOn: current.createdAt.toISOString().slice(0, 10),
          agencySignedOn: today,
          awaitingRegion: true,
        })
        .where(eq(charter.id, signed.id));
      charterId = signed.id;
    }
    const [reviewed] = await tx
      .update(charterApplication)
      .set({
        status,
        companyId,
        charterId,
        reviewedAt: now,
        reviewedBy: review.by,
        rejectionReason: review.approve ? null : review.reason,
      })
      .where(eq(charterApplication.id, id))
      .returning();
    await enqueue(tx, outbox, [
      {
        kind: review.approve ? 'CHARTER_APPLICATION_APPROVED' : 'CHARTER_APPLICATION_REJECTED',
        toAddress: current.contactEmail,
        recordId: id,
        subject: 'Votre candidature à la charte Fabrique des Compétences',
        body: [
          `Bonjour ${current.contactName},`,
          '',
          review.approve
            ? `La candidature de ${current.companyName} est acceptée : l’agence a signé la charte, pour deux ans. La Région la signera à son tour.`
            : `La candidature de ${current.companyName} n’est pas retenue pour l’instant. Motif : ${review.reason}`,
        ].join('\n'),
      },
    ]);
    return reviewed!;
  });
}

/** The Région's signature of a charter approved from an application. */
export async function signForRegion(db: Database, id: string, signedOn: string, today: string) {
  const current = await findCharter(db, id);
  const day = regionSignature(current, signedOn, today);
  const [row] = await db
    .update(charter)
    .set({ regionSignedOn: day, awaitingRegion: false, updatedAt: new Date() })
    .where(and(eq(charter.id, id), eq(charter.awaitingRegion, true)))
    .returning();
  if (!row) return findCharter(db, id);
  return row;
}
