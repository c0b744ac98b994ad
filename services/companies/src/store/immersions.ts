import { randomUUID } from 'node:crypto';
import {
  badInput,
  type Database,
  keysetPage,
  type Near,
  notFound,
  parisMonthStart,
  requireId,
  todayInParis,
} from '@dm/shared';
import { enqueue, type OutboxMessage } from '@dm/shared/mail';
import { requireDepartment, requireMetier } from '@dm/shared/reference';
import { and, arrayContains, asc, eq, inArray, isNull, lt, or, type SQL, sql } from '@dm/shared/orm';
import type { Audience, ImmersionRequestStatus } from '../generated/resolvers.ts';
import {
  company,
  type CompanyRow,
  type ImmersionOfferRow,
  type ImmersionRequestRow,
  immersionOffer,
  immersionRequest,
  outbox,
} from '../db/schema.ts';
import {
  answerMail,
  type CompaniesMailSettings,
  expiredMail,
  immersionRequestNotice,
  newRequestMail,
} from '../mail/notices.ts';
import type { ImmersionRequestView } from '../mappers.ts';
import {
  answerTransition,
  expiryCutoff,
  immersionRequestAttempt,
  noPlaceLeft,
  type OfferStatus,
  reminderCutoff,
} from '../rules/immersion.ts';

export interface OfferFilter {
  romeCode?: string | null;
  department?: string | null;
  near?: Near | null;
  audience?: Audience | null;
  companyId?: string | null;
  hasPlacesLeft?: boolean | null;
  updatedSince?: Date | string | null;
}

/**
 * An offer that takes requests at `now` (`rules/immersion.ts#takesRequests` in SQL): open, with places left,
 * its company not busy today, under its monthly maximum. `justAsked` discounts a request the same transaction
 * has just recorded.
 */
export function offerOpen(now: Date, justAsked = 0) {
  const today = todayInParis(now);
  const monthStart = parisMonthStart(now).toISOString();
  return and(
    eq(immersionOffer.status, 'OPEN'),
    lt(immersionOffer.placesTaken, immersionOffer.places),
    sql`not exists (select 1 from ${company} where ${company.id} = ${immersionOffer.companyId}
      and ${company.unavailableFrom} <= ${today}::date and ${company.unavailableUntil} >= ${today}::date)`,
    sql`(${immersionOffer.monthlyMaxRequests} is null or (select count(*) from ${immersionRequest}
      where ${immersionRequest.offerId} = ${immersionOffer.id} and ${immersionRequest.createdAt} >= ${monthStart}::timestamptz)
      - ${justAsked} < ${immersionOffer.monthlyMaxRequests})`,
  );
}

/** Offers, newest first, nearest first (`orderBy: DISTANCE`, with `near`), or by last change for a change feed. */
export async function listOffers(
  db: Database,
  filter: OfferFilter,
  now: Date,
  first?: number | null,
  after?: string | null,
  orderBy?: string | null,
) {
  const conditions: SQL[] = [];
  if (filter.romeCode)
    conditions.push(eq(immersionOffer.romeCode, requireMetier(filter.romeCode, 'filter.romeCode').romeCode));
  if (filter.department) {
    conditions.push(eq(immersionOffer.departmentCode, requireDepartment(filter.department, 'filter.department').code));
  }
  if (filter.audience) conditions.push(arrayContains(immersionOffer.audiences, [filter.audience]));
  if (filter.companyId) conditions.push(eq(immersionOffer.companyId, requireId(filter.companyId, 'filter.companyId')));
  if (filter.hasPlacesLeft ?? true) conditions.push(offerOpen(now)!);
  return keysetPage<ImmersionOfferRow>(db, immersionOffer, {
    where: and(...conditions),
    order: [immersionOffer.publishedAt, immersionOffer.id],
    keys: ['publishedAt', 'id'],
    direction: 'desc',
    changes: { since: filter.updatedSince, column: immersionOffer.updatedAt, key: 'updatedAt' },
    distance: { latitude: immersionOffer.latitude, longitude: immersionOffer.longitude, near: filter.near, orderBy },
    first,
    after,
  });
}

export interface NewOffer {
  romeCode: string;
  title: string;
  description: string | null;
  places: number;
  durationDays: number;
  audiences: Audience[];
  communeCode: string | null;
  departmentCode: string | null;
  latitude: number | null;
  longitude: number | null;
  monthlyMaxRequests?: number | null;
  demonstration?: boolean;
}

export async function insertOffer(db: Database, owner: CompanyRow, offer: NewOffer): Promise<ImmersionOfferRow> {
  const [row] = await db
    .insert(immersionOffer)
    .values({ ...offer, companyId: owner.id, demonstration: offer.demonstration ?? false })
    .returning();
  if (!row) throw new Error('offer insert returned nothing');
  return row;
}

export interface NewImmersionRequest {
  offerId: string;
  requester: {
    firstName: string;
    lastName: string;
    email: string;
    phone: string | null;
    category: Audience;
    minor: boolean;
    birthDate: string | null;
    guardianConsent: boolean;
  };
  message: string | null;
}

/**
 * Takes a place and records the request in one transaction (the requester's consent checked by the caller). The place is taken by a conditional update
 * (`places_taken < places`), so concurrent requests can never oversell, on PostgreSQL as on PGlite. The
 * first request of an address for an offer wins: a later one takes no place and records nothing; it
 * gets an answer like a new one (a stand-in that names no record) and the requester is told by e-mail,
 * in the same transaction (at most daily).
 */
export async function requestImmersion(
  db: Database,
  input: NewImmersionRequest,
  now: Date,
  settings: CompaniesMailSettings,
): Promise<ImmersionRequestView> {
  const emailKey = input.requester.email.toLowerCase();
  return db.transaction(async (tx) => {
    // The offer is locked first: concurrent requests for it queue here, so each counts the ones before it.
    const [offer] = await tx
      .select({ id: immersionOffer.id, companyId: immersionOffer.companyId })
      .from(immersionOffer)
      .where(eq(immersionOffer.id, input.offerId))
      .for('update');
    if (!offer) throw notFound('Immersion offer', 'input.offerId');
    const [created] = await tx
      .insert(immersionRequest)
      .values({
        offerId: input.offerId,
        companyId: offer.companyId,
        ...input.requester,
        emailKey,
        message: input.message,
      })
      .onConflictDoNothing()
      .returning();
    if (created) {
      const [taken] = await tx
        .update(immersionOffer)
        .set({ placesTaken: sql`${immersionOffer.placesTaken} + 1`, updatedAt: new Date() })
        .where(and(eq(immersionOffer.id, input.offerId), offerOpen(now, 1)))
        .returning();
      // Throwing rolls the request back with the transaction: nothing half-written.
      if (!taken) throw noPlaceLeft();
      const [host] = await tx
        .select({ contactEmail: company.contactEmail })
        .from(company)
        .where(eq(company.id, offer.companyId));
      await enqueue(tx, outbox, [
        newRequestMail(host?.contactEmail ?? settings.fallbackAddress, created, taken, settings),
      ]);
      return created;
    }
    const [existing] = await tx
      .select()
      .from(immersionRequest)
      .where(and(eq(immersionRequest.offerId, input.offerId), eq(immersionRequest.emailKey, emailKey)))
      .for('update');
    if (!existing) throw new Error('request conflict without a row');
    const [current] = await tx
      .select({ offer: immersionOffer, companyName: company.name })
      .from(immersionOffer)
      .innerJoin(company, eq(company.id, immersionOffer.companyId))
      .where(eq(immersionOffer.id, input.offerId));
    if (!current) throw notFound('Immersion offer', 'input.offerId');
    const attempt = immersionRequestAttempt(existing, current.offer, now);
    if (attempt.kind === 'KNOWN' && attempt.notify) {
      await tx.update(immersionRequest).set({ duplicateNoticeAt: now }).where(eq(immersionRequest.id, existing.id));
      await enqueue(tx, outbox, [
        immersionRequestNotice(existing, current.offer, current.companyName, settings.offerUrl),
      ]);
    }
    return {
      ...input.requester,
      id: randomUUID(),
      offerId: input.offerId,
      status: 'PENDING',
      companyId: null,
      remindedAt: null,
      expiredAt: null,
      emailKey,
      message: input.message,
      createdAt: now,
      answeredAt: null,
      answeredBy: null,
      duplicateNoticeAt: null,
      standIn: true,
    };
  });
}

export async function findRequest(db: Database, id: string, field: string) {
  const [row] = await db
    .select()
    .from(immersionRequest)
    .where(eq(immersionRequest.id, requireId(id, field)));
  if (!row) throw notFound('Immersion request', field);
  return row;
}

/** Answers a pending request; declining gives the place back; the requester is told, in the same transaction. */
export async function answerRequest(
  db: Database,
  id: string,
  accept: boolean,
  answeredBy: string | null,
  settings: CompaniesMailSettings,
) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(immersionRequest).where(eq(immersionRequest.id, id)).for('update');
    if (!current) throw notFound('Immersion request', 'input.requestId');
    const next = answerTransition(current.status, accept);
    const [answered] = await tx
      .update(immersionRequest)
      .set({ status: next.status, answeredAt: new Date(), answeredBy })
      .where(eq(immersionRequest.id, id))
      .returning();
    if (next.releasesPlace) await releasePlaces(tx, [current.offerId]);
    const [offer] = await tx
      .select({ offer: immersionOffer, companyName: company.name })
      .from(immersionOffer)
      .innerJoin(company, eq(company.id, immersionOffer.companyId))
      .where(eq(immersionOffer.id, current.offerId));
    if (offer) await enqueue(tx, outbox, [answerMail(answered!, offer.offer, offer.companyName, settings)]);
    return answered as ImmersionRequestRow;
  });
}

/** Gives one place back to each offer named (once per name: an offer named twice gets two back). */
async function releasePlaces(tx: Database, offerIds: string[]) {
  const counts = new Map<string, number>();
  for (const id of offerIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [offerId, n] of counts) {
    await tx
      .update(immersionOffer)
      .set({ placesTaken: sql`greatest(${immersionOffer.placesTaken} - ${n}, 0)`, updatedAt: new Date() })
      .where(eq(immersionOffer.id, offerId));
  }
}

/**
 * Recalls to their company the requests unanswered after 7 days, and expires (giving the place back and
 * telling the requester) those unanswered after 30. Safe with several replicas: each round claims the
 * requests it handles with SKIP LOCKED, and each update is conditional on the request's state, so a
 * request is recalled once and expired once whoever sweeps.
 */
export async function sweepImmersionRequests(db: Database, now: Date, settings: CompaniesMailSettings, batch = 200) {
  let expired = 0;
  let reminded = 0;
  for (;;) {
    const round = await db.transaction(async (tx) => {
      const claimed = await tx
        .select()
        .from(immersionRequest)
        .where(
          and(
            eq(immersionRequest.status, 'PENDING'),
            or(
              lt(immersionRequest.createdAt, expiryCutoff(now)),
              and(isNull(immersionRequest.remindedAt), lt(immersionRequest.createdAt, reminderCutoff(now))),
            ),
          ),
        )
        .orderBy(asc(immersionRequest.createdAt))
        .limit(batch)
        .for('update', { skipLocked: true });
      const hosts = claimed.length
        ? await tx
            .select({ offer: immersionOffer, contactEmail: company.contactEmail })
            .from(immersionOffer)
            .innerJoin(company, eq(company.id, immersionOffer.companyId))
            .where(
              inArray(
                immersionOffer.id,
                claimed.map((r) => r.offerId),
              ),
            )
        : [];
      const due = claimed.map((request) => ({ request, ...hosts.find((h) => h.offer.id === request.offerId)! }));
      const toExpire = due.filter((d) => d.request.createdAt < expiryCutoff(now));
      const toRemind = due.filter((d) => d.request.createdAt >= expiryCutoff(now));
      const mails: OutboxMessage[] = [];
      let expiredNow = 0;
      let remindedNow = 0;
      if (toExpire.length) {
        const gone = await tx
          .update(immersionRequest)
          .set({ status: 'EXPIRED', expiredAt: now })
          .where(
            and(
              inArray(
                immersionRequest.id,
                toExpire.map((d) => d.request.id),
              ),
              eq(immersionRequest.status, 'PENDING'),
            ),
          )
          .returning();
        await releasePlaces(
          tx,
          gone.map((r) => r.offerId),
        );
        expiredNow = gone.length;
        for (const r of gone) {
          const offer = toExpire.find((d) => d.request.id === r.id)!.offer;
          mails.push(expiredMail(r, offer, settings));
        }
      }
      if (toRemind.length) {
        const recalled = await tx
          .update(immersionRequest)
          .set({ remindedAt: now })
          .where(
            and(
              inArray(
                immersionRequest.id,
                toRemind.map((d) => d.request.id),
              ),
              isNull(immersionRequest.remindedAt),
            ),
          )
          .returning({ id: immersionRequest.id });
        remindedNow = recalled.length;
        for (const { id } of recalled) {
          const d = toRemind.find((x) => x.request.id === id)!;
          mails.push(newRequestMail(d.contactEmail ?? settings.fallbackAddress, d.request, d.offer, settings, true));
        }
      }
      await enqueue(tx, outbox, mails);
      return { due: due.length, expired: expiredNow, reminded: remindedNow };
    });
    expired += round.expired;
    reminded += round.reminded;
    if (round.due < batch) return { expired, reminded };
  }
}

/** Every request of a company, whatever the state of its offers, newest first; `status` narrows it. */
export const listCompanyRequests = (
  db: Database,
  companyId: string,
  status: ImmersionRequestStatus | null | undefined,
  first?: number | null,
  after?: string | null,
) =>
  keysetPage<ImmersionRequestRow>(db, immersionRequest, {
    where: and(eq(immersionRequest.companyId, companyId), status ? eq(immersionRequest.status, status) : undefined),
    order: [immersionRequest.createdAt, immersionRequest.id],
    keys: ['createdAt', 'id'],
    direction: 'desc',
    first,
    after,
  });

export const listRequests = (db: Database, offerId: string, first?: number | null, after?: string | null) =>
  keysetPage<ImmersionRequestRow>(db, immersionRequest, {
    where: eq(immersionRequest.offerId, offerId),
    order: [immersionRequest.createdAt, immersionRequest.id],
    keys: ['createdAt', 'id'],
    first,
    after,
  });

export interface OfferChanges {
  title?: string;
  description?: string | null;
  places?: number;
  durationDays?: number;
  audiences?: Audience[];
  monthlyMaxRequests?: number | null;
}

/** Changes an offer's terms; places never go below those held (checked by the caller, and by the database). */
export async function updateOffer(db: Database, id: string, changes: OfferChanges) {
  const [row] = await db
    .update(immersionOffer)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(immersionOffer.id, id))
    .returning();
  if (!row) throw notFound('Immersion offer', 'input.id');
  return row;
}

/** Pauses, resumes or closes an offer (the transition checked by the caller on the row it read). */
export async function setOfferStatus(db: Database, id: string, from: OfferStatus, to: OfferStatus) {
  const [row] = await db
    .update(immersionOffer)
    .set({ status: to, updatedAt: new Date() })
    .where(and(eq(immersionOffer.id, id), eq(immersionOffer.status, from)))
    .returning();
  if (!row) throw badInput('id', 'The offer changed meanwhile: read it again');
  return row;
}
