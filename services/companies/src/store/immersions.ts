import { randomUUID } from 'node:crypto';
import { type Database, keysetPage, notFound, requireId } from '@dm/shared';
import { enqueue } from '@dm/shared/mail';
import { requireDepartment, requireMetier } from '@dm/shared/reference';
import { and, arrayContains, eq, gt, lt, type SQL, sql } from '@dm/shared/orm';
import {
  company,
  type CompanyRow,
  type ImmersionOfferRow,
  type ImmersionRequestRow,
  immersionOffer,
  immersionRequest,
  outbox,
} from '../db/schema.ts';
import { immersionRequestNotice } from '../mail/notices.ts';
import type { ImmersionRequestView } from '../mappers.ts';
import { answerTransition, immersionRequestAttempt, noPlaceLeft } from '../rules/immersion.ts';
import { type Near, validateNear, withinRadius } from './geo.ts';

export interface OfferFilter {
  romeCode?: string | null;
  department?: string | null;
  near?: Near | null;
  audience?: string | null;
  companyId?: string | null;
  hasPlacesLeft?: boolean | null;
  updatedSince?: Date | string | null;
}

/** Offers, newest first (or by last change for a change feed). */
export async function listOffers(db: Database, filter: OfferFilter, first?: number | null, after?: string | null) {
  const conditions: SQL[] = [];
  if (filter.romeCode)
    conditions.push(eq(immersionOffer.romeCode, requireMetier(filter.romeCode, 'filter.romeCode').romeCode));
  if (filter.department) {
    conditions.push(eq(immersionOffer.departmentCode, requireDepartment(filter.department, 'filter.department').code));
  }
  if (filter.near)
    conditions.push(withinRadius(immersionOffer.latitude, immersionOffer.longitude, validateNear(filter.near)));
  if (filter.audience) conditions.push(arrayContains(immersionOffer.audiences, [filter.audience]));
  if (filter.companyId) conditions.push(eq(immersionOffer.companyId, requireId(filter.companyId, 'filter.companyId')));
  if (filter.hasPlacesLeft ?? true) conditions.push(lt(immersionOffer.placesTaken, immersionOffer.places));
  const byChange = filter.updatedSince !== undefined && filter.updatedSince !== null;
  if (byChange) conditions.push(gt(immersionOffer.updatedAt, new Date(filter.updatedSince as string | Date)));
  return keysetPage<ImmersionOfferRow>(db, immersionOffer, {
    where: and(...conditions),
    order: byChange ? [immersionOffer.updatedAt, immersionOffer.id] : [immersionOffer.publishedAt, immersionOffer.id],
    keys: byChange ? ['updatedAt', 'id'] : ['publishedAt', 'id'],
    direction: byChange ? 'asc' : 'desc',
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
  audiences: string[];
  communeCode: string | null;
  departmentCode: string | null;
  latitude: number | null;
  longitude: number | null;
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
    category: string;
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
  offerUrl: (id: string) => string,
): Promise<ImmersionRequestView> {
  const emailKey = input.requester.email.toLowerCase();
  return db.transaction(async (tx) => {
    const [offer] = await tx
      .select({ id: immersionOffer.id })
      .from(immersionOffer)
      .where(eq(immersionOffer.id, input.offerId));
    if (!offer) throw notFound('Immersion offer', 'input.offerId');
    const [created] = await tx
      .insert(immersionRequest)
      .values({ offerId: input.offerId, ...input.requester, emailKey, message: input.message })
      .onConflictDoNothing()
      .returning();
    if (created) {
      const taken = await tx
        .update(immersionOffer)
        .set({ placesTaken: sql`${immersionOffer.placesTaken} + 1`, updatedAt: new Date() })
        .where(and(eq(immersionOffer.id, input.offerId), lt(immersionOffer.placesTaken, immersionOffer.places)))
        .returning({ id: immersionOffer.id });
      // Throwing rolls the request back with the transaction: nothing half-written.
      if (taken.length === 0) throw noPlaceLeft();
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
      await enqueue(tx, outbox, [immersionRequestNotice(existing, current.offer, current.companyName, offerUrl)]);
    }
    return {
      ...input.requester,
      id: randomUUID(),
      offerId: input.offerId,
      status: 'PENDING',
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

/** Answers a pending request; declining gives the place back, in the same transaction. */
export async function answerRequest(db: Database, id: string, accept: boolean, answeredBy: string | null) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(immersionRequest).where(eq(immersionRequest.id, id)).for('update');
    if (!current) throw notFound('Immersion request', 'input.requestId');
    const next = answerTransition(current.status as 'PENDING', accept);
    const [answered] = await tx
      .update(immersionRequest)
      .set({ status: next.status, answeredAt: new Date(), answeredBy })
      .where(eq(immersionRequest.id, id))
      .returning();
    if (next.releasesPlace) {
      await tx
        .update(immersionOffer)
        .set({ placesTaken: sql`${immersionOffer.placesTaken} - 1`, updatedAt: new Date() })
        .where(eq(immersionOffer.id, current.offerId));
    }
    return answered as ImmersionRequestRow;
  });
}

export const listRequests = (db: Database, offerId: string, first?: number | null, after?: string | null) =>
  keysetPage<ImmersionRequestRow>(db, immersionRequest, {
    where: eq(immersionRequest.offerId, offerId),
    order: [immersionRequest.createdAt, immersionRequest.id],
    keys: ['createdAt', 'id'],
    first,
    after,
  });
