import { randomUUID } from 'node:crypto';
import {
  badInput,
  confirmationColumns,
  type Database,
  hashSecret,
  type Identity,
  keysetPage,
  newSecret,
  notFound,
  requireId,
  todayInParis,
  type Transaction,
} from '@dm/shared';
import { enqueue as enqueueIn, type OutboxMessage } from '@dm/shared/mail';
import { and, eq, inArray, isNotNull, isNull, lt, type SQL, sql } from '@dm/shared/orm';
import { type AmbassadorRow, ambassador, type ContactRequestRow, contactRequest, outbox } from '../db/schema.ts';
import type { CompanyPlaces } from '../companyPlaces.ts';
import type { Audience, ContactRequestStatus } from '../generated/resolvers.ts';
import { confirmContactNotice, contactRequestNotice } from '../mail/notices.ts';
import type { ContactRequestView } from '../mappers.ts';
import { assertContactable, displayName } from '../rules/ambassadors.ts';
import { contactRequestAttempt, expiryCutoff, reminderCutoff } from '../rules/contact.ts';
import { contactableSql, notErased, requestsThisMonthOf } from './ambassadors.ts';

const enqueue = (tx: Database, messages: OutboxMessage[]) => enqueueIn(tx, outbox, messages);

export interface MailSettings {
  /** Where requests to a company without an ambassador who can be contacted go, so that none is lost. */
  fallbackAddress: string;
  /** Where addressees answer: the front-end's page for a request. */
  answerUrl: (requestId: string) => string;
  /** Where a requester confirms a request made on the public site: the front-end's page for a token. */
  confirmUrl: (token: string) => string;
}

export interface NewContactRequest {
  ambassadorId: string | null;
  companyId: string | null;
  requester: { name: string; email: string; role: Audience; minor: boolean; guardianConsent: boolean };
  message: string;
  /**
   * A request made on the public site: it holds its place in the ambassador's quota at once, but reaches the
   * addressee only once the requester confirms their address by the mailed link (within 48 hours).
   */
  needsConfirmation: boolean;
}

const requestMail = (
  to: string,
  request: ContactRequestRow,
  settings: MailSettings,
  reminder = false,
): OutboxMessage => ({
  kind: reminder ? 'CONTACT_REMINDER' : 'CONTACT_REQUEST',
  toAddress: to,
  recordId: request.id,
  subject: `${reminder ? 'Rappel : ' : ''}demande de mise en relation de ${request.requesterName}`,
  body: [
    `${request.requesterName} (${request.requesterRole}) souhaite échanger avec vous via Destination Métier :`,
    '',
    request.message,
    '',
    `Répondez depuis la plateforme : ${settings.answerUrl(request.id)}`,
    'Votre réponse lui sera transmise ; votre adresse ne lui est pas communiquée, ni la sienne à vous.',
  ].join('\n'),
});

/**
 * Who a request reaches: its ambassador; or, for a company, its ambassadors who can be contacted now (the
 * rule of `rules/ambassadors.ts#isContactable`: not paused, not fully booked), without any, the agency.
 */
async function addresseesOf(
  tx: Database | Transaction,
  request: { ambassadorId: string | null; companyId: string | null },
  now: Date,
  settings: MailSettings,
): Promise<string[]> {
  if (request.ambassadorId) {
    const [a] = await tx
      .select({ email: ambassador.email })
      .from(ambassador)
      .where(and(eq(ambassador.id, request.ambassadorId), notErased()));
    return a ? [a.email] : [];
  }
  const team = await tx
    .select({ email: ambassador.email })
    .from(ambassador)
    .where(and(eq(ambassador.companyId, request.companyId as string), contactableSql(now)))
    .limit(5);
  return team.length ? team.map((a) => a.email) : [settings.fallbackAddress];
}

/**
 * Stores a contact request and queues the addressee's notification in the same transaction, or, for a
 * request made on the public site, the requester's confirmation link (the addressee is told once the address
 * is confirmed). An ambassador's row is locked so that the monthly quota holds under concurrent requests;
 * an unconfirmed request counts in it until it is confirmed or released. A second pending request from the
 * same address to the same addressee records nothing: it gets an answer like a new one (a stand-in that
 * names no record) and the requester is told by e-mail (at most daily), with a new confirmation link while
 * theirs is not confirmed.
 */
export async function requestContact(
  db: Database,
  input: NewContactRequest,
  now: Date,
  settings: MailSettings,
  companyPlaces: CompanyPlaces,
): Promise<ContactRequestView> {
  // A company is where the companies subgraph says it is; asked before the transaction opens.
  const place = input.ambassadorId ? null : await companyPlaces(input.companyId as string);
  return db.transaction(async (tx) => {
    let companyId = input.companyId;
    let departmentCode: string | null = place?.departmentCode ?? null;
    let communeCode: string | null = place?.communeCode ?? null;
    let target: AmbassadorRow | undefined;
    if (input.ambassadorId) {
      [target] = await tx
        .select()
        .from(ambassador)
        .where(and(eq(ambassador.id, input.ambassadorId), notErased()))
        .for('update');
      if (!target) throw notFound('Ambassador', 'input.ambassadorId');
      // Refused alike for every address: a fully booked ambassador says nothing about who asked.
      assertContactable(target, todayInParis(now), await requestsThisMonthOf(tx, target.id, now));
      companyId = target.companyId;
      departmentCode = target.departmentCode;
      communeCode = target.communeCode;
    }
    const emailKey = input.requester.email.toLowerCase();
    const pendingRequest = async () => {
      const [row] = await tx
        .select()
        .from(contactRequest)
        .where(
          and(
            eq(contactRequest.requesterEmailKey, emailKey),
            eq(contactRequest.status, 'PENDING'),
            input.ambassadorId
              ? eq(contactRequest.ambassadorId, input.ambassadorId)
              : and(isNull(contactRequest.ambassadorId), eq(contactRequest.companyId, companyId as string)),
          ),
        )
        .for('update');
      return row;
    };
    let pending = await pendingRequest();
    let attempt = contactRequestAttempt(pending, now);
    if (attempt.kind !== 'KNOWN') {
      const confirm = newSecret();
      const [created] = await tx
        .insert(contactRequest)
        .values({
          ambassadorId: input.ambassadorId,
          companyId,
          departmentCode,
          communeCode,
          requesterName: input.requester.name,
          requesterEmail: input.requester.email,
          requesterEmailKey: emailKey,
          requesterRole: input.requester.role,
          minor: input.requester.minor,
          guardianConsent: input.requester.guardianConsent,
          message: input.message,
          ...confirmationColumns(input.needsConfirmation, now, confirm.hash),
        })
        .onConflictDoNothing()
        .returning();
      if (created) {
        await enqueue(
          tx,
          input.needsConfirmation
            ? [confirmContactNotice(created, settings.confirmUrl(confirm.token))]
            : (await addresseesOf(tx, created, now, settings)).map((to) => requestMail(to, created, settings)),
        );
        return created;
      }
      // The same address asked at the same moment and was recorded first: this one is the duplicate.
      pending = await pendingRequest();
      attempt = contactRequestAttempt(pending, now);
      if (attempt.kind !== 'KNOWN') throw new Error('contact request conflict without a pending request');
    }
    if (pending && attempt.notify) {
      // While the address is not confirmed, the notice carries a new confirmation link (the last one mailed counts).
      const confirm = pending.emailConfirmedAt ? null : newSecret();
      await tx
        .update(contactRequest)
        .set({ duplicateNoticeAt: now, ...(confirm ? { confirmationTokenHash: confirm.hash } : {}) })
        .where(eq(contactRequest.id, pending.id));
      const addressee = target
        ? { displayName: displayName(target.firstName, target.lastName), jobTitle: target.jobTitle }
        : null;
      await enqueue(tx, [
        contactRequestNotice(pending, addressee, confirm ? settings.confirmUrl(confirm.token) : null),
      ]);
    }
    return {
      id: randomUUID(),
      ambassadorId: input.ambassadorId,
      companyId,
      departmentCode,
      communeCode,
      status: 'PENDING',
      requesterName: input.requester.name,
      requesterEmail: input.requester.email,
      requesterEmailKey: emailKey,
      requesterRole: input.requester.role,
      minor: input.requester.minor,
      guardianConsent: input.requester.guardianConsent,
      message: input.message,
      answer: null,
      answeredBy: null,
      createdAt: now,
      answeredAt: null,
      remindedAt: null,
      expiredAt: null,
      duplicateNoticeAt: null,
      ...confirmationColumns(input.needsConfirmation, now, ''),
      confirmationTokenHash: null,
      standIn: true,
    };
  });
}

export async function findRequest(db: Database, id: string, field: string) {
  const [row] = await db
    .select()
    .from(contactRequest)
    .where(eq(contactRequest.id, requireId(id, field)));
  if (!row) throw notFound('Contact request', field);
  return row;
}

/** Records the answer and queues its relay to the requester, who never learns the addressee's address. */
export async function answerRequest(db: Database, id: string, answer: string, answeredBy: string | null) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(contactRequest).where(eq(contactRequest.id, id)).for('update');
    if (!current) throw notFound('Contact request', 'input.requestId');
    if (current.status !== 'PENDING')
      throw badInput('input.requestId', `This request is ${current.status.toLowerCase()}`);
    if (!current.emailConfirmedAt)
      throw badInput('input.requestId', 'This request waits for its sender to confirm their address');
    const [answered] = await tx
      .update(contactRequest)
      .set({ status: 'ANSWERED', answer, answeredAt: new Date(), answeredBy })
      .where(eq(contactRequest.id, id))
      .returning();
    let who = 'L’entreprise';
    if (current.ambassadorId) {
      const [a] = await tx
        .select()
        .from(ambassador)
        .where(and(eq(ambassador.id, current.ambassadorId), notErased()));
      if (a) who = displayName(a.firstName, a.lastName);
    }
    await enqueue(tx, [
      {
        kind: 'CONTACT_ANSWER',
        toAddress: current.requesterEmail,
        recordId: id,
        subject: 'Réponse à votre demande de mise en relation',
        body: [`${who} vous répond via Destination Métier :`, '', answer, '', 'Votre demande :', current.message].join(
          '\n',
        ),
      },
    ]);
    return answered as ContactRequestRow;
  });
}

/**
 * Confirms a request made on the public site by the token mailed to the requester: it reaches its
 * addressee now (queued in the same transaction). Confirming again changes nothing. A token that matches
 * nothing (wrong, or of a request released unconfirmed) is a BAD_USER_INPUT.
 */
export async function confirmContactRequest(db: Database, token: string, now: Date, settings: MailSettings) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(contactRequest)
      .where(eq(contactRequest.confirmationTokenHash, hashSecret(token)))
      .for('update');
    if (!row)
      throw badInput('input.token', 'This link is not valid, or its request was released: send the request again');
    if (row.emailConfirmedAt) return row;
    const [confirmed] = await tx
      .update(contactRequest)
      .set({ emailConfirmedAt: now, holdExpiresAt: null })
      .where(eq(contactRequest.id, row.id))
      .returning();
    const request = confirmed as ContactRequestRow;
    await enqueue(
      tx,
      (await addresseesOf(tx, request, now, settings)).map((to) => requestMail(to, request, settings)),
    );
    return request;
  });
}

/**
 * Releases the requests whose address was not confirmed in time: they never reached anyone, so they go
 * (and give back their place in the ambassador's quota). Run by the scheduler; `now` is its clock.
 */
export async function releaseUnconfirmedRequests(db: Database, now: Date): Promise<number> {
  const gone = await db
    .delete(contactRequest)
    .where(
      and(
        eq(contactRequest.status, 'PENDING'),
        isNull(contactRequest.emailConfirmedAt),
        lt(contactRequest.holdExpiresAt, now),
      ),
    )
    .returning({ id: contactRequest.id });
  return gone.length;
}

/**
 * Reminds addressees of requests unanswered after 7 days, and expires (telling the requester) those
 * unanswered after 30. Each request is handled once: the update is conditional on its state.
 */
export async function sweepContactRequests(db: Database, now: Date, settings: MailSettings) {
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(contactRequest)
      .set({ status: 'EXPIRED', expiredAt: now })
      .where(
        and(
          eq(contactRequest.status, 'PENDING'),
          isNotNull(contactRequest.emailConfirmedAt),
          lt(contactRequest.createdAt, expiryCutoff(now)),
        ),
      )
      .returning();
    await enqueue(
      tx,
      expired.map((r) => ({
        kind: 'CONTACT_EXPIRED',
        toAddress: r.requesterEmail,
        recordId: r.id,
        subject: 'Votre demande de mise en relation n’a pas reçu de réponse',
        body: `Votre demande n’a pas reçu de réponse en 30 jours. D’autres ambassadeurs et entreprises peuvent vous répondre sur Destination Métier.\n\nVotre demande :\n${r.message}`,
      })),
    );
    const toRemind = await tx
      .update(contactRequest)
      .set({ remindedAt: now })
      .where(
        and(
          eq(contactRequest.status, 'PENDING'),
          isNotNull(contactRequest.emailConfirmedAt),
          isNull(contactRequest.remindedAt),
          lt(contactRequest.createdAt, reminderCutoff(now)),
        ),
      )
      .returning();
    const reminders: OutboxMessage[] = [];
    for (const r of toRemind) {
      const [a] = r.ambassadorId
        ? await tx
            .select({ email: ambassador.email })
            .from(ambassador)
            .where(and(eq(ambassador.id, r.ambassadorId), notErased()))
        : [];
      reminders.push(requestMail(a?.email ?? settings.fallbackAddress, r, settings, true));
    }
    await enqueue(tx, reminders);
    return { expired: expired.length, reminded: toRemind.length };
  });
}

/** The requests the caller handles (see `rules/access.ts#canHandleRequest`), oldest first. */
export async function listRequestsFor(
  db: Database,
  identity: Identity,
  status: ContactRequestStatus | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const scope: SQL[] = [];
  // A request its sender has not confirmed has reached no addressee yet: staff see it, its addressee does not.
  if (identity.role === 'ambassador' && identity.personId)
    scope.push(eq(contactRequest.ambassadorId, identity.personId), isNotNull(contactRequest.emailConfirmedAt));
  else if (identity.role === 'company' && identity.companyId)
    scope.push(eq(contactRequest.companyId, identity.companyId), isNotNull(contactRequest.emailConfirmedAt));
  else if (identity.role === 'coordinator' || identity.role === 'referent') {
    scope.push(identity.departments.length ? inArray(contactRequest.departmentCode, identity.departments) : sql`false`);
  } else if (identity.role !== 'admin') scope.push(sql`false`);
  return keysetPage<ContactRequestRow>(db, contactRequest, {
    where: and(...scope, status ? eq(contactRequest.status, status) : undefined),
    order: [contactRequest.createdAt, contactRequest.id],
    keys: ['createdAt', 'id'],
    first,
    after,
  });
}
