import {
  assertGuardianConsent,
  badInput,
  optionalText,
  requireEmail,
  requireHttpUrl,
  requireId,
  requireText,
  requireThat,
  todayInParis,
} from '@dm/shared';
import { requireCommune, requireDepartment, requireMetier } from '@dm/shared/reference';
import type { Context } from '../context.ts';
import type { Audience, MutationResolvers } from '../generated/resolvers.ts';
import {
  canManageEvent,
  eventDepartment,
  partnerCreator,
  requireCancelWithoutToken,
  requireManageEvent,
  requireRecordAttendance,
  requireStaffOfEvent,
} from '../rules/access.ts';
import { cafeCapacity, PARENTS_CAFE } from '../rules/cafes.ts';
import { groupCaps, requireUai } from '../rules/groups.ts';
import { capacityChange, needsEmailConfirmation, normaliseTicketCode } from '../rules/registration.ts';
import {
  timedSchedule,
  validateAudiences,
  validateRecurrence,
  validateSeriesSpan,
  validateSession,
  validateWhere,
  whereChanges,
} from '../rules/schedule.ts';
import { accessibilityChanges, requireImageUrl, validateLanguages } from '../rules/details.ts';
import {
  addExhibitor,
  addSpeaker,
  cancelEvent,
  findEvent,
  insertEvent,
  sessionsOf,
  updateEvent,
} from '../store/events.ts';
import { findCafe, findCafeOfRegistration } from '../store/cafes.ts';
import {
  cancelRegistration,
  checkIn,
  confirmRegistration,
  findRegistration,
  recordAttendance,
  register,
  registerGroup,
} from '../store/registrations.ts';

const MAX_LIST = 30;
const textList = (values: string[] | null | undefined, field: string, max: number) => {
  if (!values) return [];
  if (values.length > MAX_LIST) throw badInput(field, `At most ${MAX_LIST} values`);
  return [...new Set(values.map((v) => requireText(v, field, max)))];
};
const romeCodes = (codes: string[] | null | undefined, field: string) => [
  ...new Set((codes ?? []).map((c) => requireMetier(c, field).romeCode)),
];
const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));
/** The department named in an input: a valid code, null when emptied, undefined when not given. */
const namedDepartment = (code: string | null | undefined) =>
  code ? requireDepartment(code, 'input.department').code : code === undefined ? undefined : null;

function registrationWindow(
  opens: Date | string | null | undefined,
  closes: Date | string | null | undefined,
  endSortAt: Date,
) {
  const opensAt = opens ? asDate(opens) : null;
  const closesAt = closes ? asDate(closes) : null;
  if (opensAt && closesAt && closesAt <= opensAt)
    throw badInput('input.registrationClosesAt', 'Registration must close after it opens');
  if (closesAt && closesAt > endSortAt)
    throw badInput('input.registrationClosesAt', 'Registration must close before the event ends');
  return { registrationOpensAt: opensAt, registrationClosesAt: closesAt };
}

/** A person registering: names, address, and the age and consent rule for minors. */
function attendeeOf(
  a: {
    firstName: string;
    lastName: string;
    email: string;
    category: Audience;
    minor: boolean;
    birthDate?: string | null;
    guardianConsent?: boolean | null;
  },
  field: string,
  now: Date,
) {
  const attendee = {
    firstName: requireText(a.firstName, `${field}.firstName`, 100),
    lastName: requireText(a.lastName, `${field}.lastName`, 100),
    email: requireEmail(a.email, `${field}.email`),
    category: a.category,
    minor: a.minor,
    birthDate: a.birthDate ?? null,
    guardianConsent: a.guardianConsent ?? false,
  };
  assertGuardianConsent(attendee, todayInParis(now), field);
  return attendee;
}

const registerOptions = (ctx: Context, waitlist = true) => ({
  now: ctx.now,
  links: ctx.mail,
  needsConfirmation: needsEmailConfirmation(ctx.identity),
  waitlist,
});

/** A café's seats (at most 20), or any event's: 1 to 100,000, or unlimited. */
const capacityFor = (kind: string, capacity: number | null | undefined) =>
  kind === PARENTS_CAFE ? cafeCapacity(capacity) : (capacity ?? null);

async function managedEvent(ctx: Context, id: string, field: string) {
  const row = await findEvent(ctx.db, id, field);
  requireManageEvent(ctx.identity, row);
  return row;
}

export const Mutation: MutationResolvers = {
  createEvent: async (_, { input }, ctx) => {
    const online = input.online ?? false;
    const hybrid = input.hybrid ?? false;
    const commune = input.communeCode ? requireCommune(input.communeCode, 'input.communeCode') : null;
    const url = input.url ? requireHttpUrl(input.url, 'input.url') : null;
    const venueName = optionalText(input.venueName, 'input.venueName', 200);
    validateWhere({ online, hybrid, url, communeCode: commune?.code ?? null, venueName });
    const departmentCode = eventDepartment(
      ctx.identity,
      { online, communeDepartmentCode: commune?.departmentCode ?? null },
      namedDepartment(input.department),
    );
    const createdBy = partnerCreator(ctx.identity) ?? ctx.identity.subject ?? null;
    requireManageEvent(ctx.identity, { departmentCode, createdBy });
    const schedule = timedSchedule(asDate(input.startsAt), asDate(input.endsAt));
    if (input.parentId) {
      const parent = await findEvent(ctx.db, input.parentId, 'input.parentId');
      // A session is part of its series: only who may change the series adds one to it.
      requireThat(canManageEvent(ctx.identity, parent), 'This series is not yours to add sessions to');
      validateSession(parent, schedule);
    }
    const capacity = capacityFor(input.kind, input.capacity);
    capacityChange(capacity, 0, 0);
    const audiences = validateAudiences(input.audiences);
    const branchAgreementId = input.branchAgreementId
      ? requireId(input.branchAgreementId, 'input.branchAgreementId')
      : null;
    if (branchAgreementId)
      await ctx.requireEntity('companies', 'BranchAgreement', branchAgreementId, 'input.branchAgreementId');
    return insertEvent(ctx.db, {
      kind: input.kind,
      title: requireText(input.title, 'input.title', 200),
      description: optionalText(input.description, 'input.description', 5000),
      ...schedule,
      online,
      hybrid,
      url,
      venueName,
      communeCode: commune?.code ?? null,
      departmentCode,
      ...accessibilityChanges(input.accessibility, 'input.accessibility'),
      imageUrl: input.imageUrl ? requireImageUrl(input.imageUrl, 'input.imageUrl') : null,
      languages: validateLanguages(input.languages, 'input.languages'),
      audiences,
      themes: textList(input.themes, 'input.themes', 60),
      romeCodes: romeCodes(input.romeCodes, 'input.romeCodes'),
      capacity,
      ...groupCaps(capacity, input.maxGroupSize, input.seatsReservedForIndividuals),
      facilitatorName: optionalText(input.facilitatorName, 'input.facilitatorName', 150),
      ...registrationWindow(input.registrationOpensAt, input.registrationClosesAt, schedule.endSortAt),
      parentId: input.parentId ? requireId(input.parentId, 'input.parentId') : null,
      branchAgreementId,
      ...validateRecurrence(input.recurrence, input.edition),
      createdBy,
    });
  },

  updateEvent: async (_, { input }, ctx) => {
    const current = await managedEvent(ctx, input.id, 'input.id');
    if (current.cancelledAt) throw badInput('input.id', 'A cancelled event cannot be changed');
    const commune = input.communeCode ? requireCommune(input.communeCode, 'input.communeCode') : null;
    if (commune && current.online) throw badInput('input.communeCode', 'An online event has no venue');
    const named = namedDepartment(input.department);
    // Moving an event (another commune, or another department for an online one) needs the right to manage it there.
    const departmentCode =
      commune || named !== undefined
        ? eventDepartment(
            ctx.identity,
            { online: current.online, communeDepartmentCode: commune?.departmentCode ?? current.departmentCode },
            named,
          )
        : current.departmentCode;
    if (departmentCode !== current.departmentCode)
      requireManageEvent(ctx.identity, { departmentCode, createdBy: current.createdBy });
    const schedule =
      input.startsAt || input.endsAt
        ? timedSchedule(
            asDate(input.startsAt ?? current.startsAt ?? current.sortAt),
            asDate(input.endsAt ?? current.endsAt ?? current.endSortAt),
          )
        : null;
    if (schedule && current.parentId) validateSession(await findEvent(ctx.db, current.parentId, 'input.id'), schedule);
    if (schedule && !current.parentId) validateSeriesSpan(schedule, await sessionsOf(ctx.db, current.id));
    const where = whereChanges(current, input.hybrid, input.url ? requireHttpUrl(input.url, 'input.url') : null);
    const changes = {
      ...(input.title ? { title: requireText(input.title, 'input.title', 200) } : {}),
      ...(input.description !== undefined
        ? { description: optionalText(input.description, 'input.description', 5000) }
        : {}),
      ...(schedule ?? {}),
      ...(commune ? { communeCode: commune.code } : {}),
      departmentCode,
      ...(input.venueName !== undefined ? { venueName: optionalText(input.venueName, 'input.venueName', 200) } : {}),
      ...where,
      ...accessibilityChanges(input.accessibility, 'input.accessibility'),
      ...(input.imageUrl !== undefined
        ? { imageUrl: input.imageUrl ? requireImageUrl(input.imageUrl, 'input.imageUrl') : null }
        : {}),
      ...(input.languages !== undefined ? { languages: validateLanguages(input.languages, 'input.languages') } : {}),
      ...(input.audiences ? { audiences: validateAudiences(input.audiences) } : {}),
      ...(input.themes ? { themes: textList(input.themes, 'input.themes', 60) } : {}),
      ...(input.romeCodes ? { romeCodes: romeCodes(input.romeCodes, 'input.romeCodes') } : {}),
      ...(input.registrationOpensAt !== undefined || input.registrationClosesAt !== undefined
        ? registrationWindow(
            input.registrationOpensAt === undefined ? current.registrationOpensAt : input.registrationOpensAt,
            input.registrationClosesAt === undefined ? current.registrationClosesAt : input.registrationClosesAt,
            schedule?.endSortAt ?? current.endSortAt,
          )
        : {}),
    };
    const capacity =
      input.capacity === undefined
        ? undefined
        : current.kind === PARENTS_CAFE
          ? cafeCapacity(input.capacity)
          : input.capacity;
    const caps =
      input.maxGroupSize !== undefined || input.seatsReservedForIndividuals !== undefined || capacity !== undefined
        ? groupCaps(
            capacity === undefined ? current.capacity : capacity,
            input.maxGroupSize === undefined ? current.maxGroupSize : input.maxGroupSize,
            input.seatsReservedForIndividuals ?? current.seatsReservedForIndividuals,
          )
        : {};
    const facilitator =
      input.facilitatorName !== undefined
        ? { facilitatorName: optionalText(input.facilitatorName, 'input.facilitatorName', 150) }
        : {};
    return updateEvent(ctx.db, current.id, { ...changes, ...caps, ...facilitator }, capacity, ctx.mail);
  },

  cancelEvent: async (_, { id, reason }, ctx) => {
    const current = await managedEvent(ctx, id, 'id');
    if (current.cancelledAt) return current;
    return cancelEvent(ctx.db, current.id, optionalText(reason, 'reason', 2000));
  },

  addExhibitor: async (_, { eventId, companyId }, ctx) => {
    const current = await managedEvent(ctx, eventId, 'eventId');
    const company = requireId(companyId, 'companyId');
    await ctx.requireEntity('companies', 'Company', company, 'companyId');
    await addExhibitor(ctx.db, current.id, company);
    return current;
  },

  addSpeaker: async (_, { eventId, ambassadorId }, ctx) => {
    const current = await managedEvent(ctx, eventId, 'eventId');
    const speaker = requireId(ambassadorId, 'ambassadorId');
    await ctx.requireEntity('people', 'Ambassador', speaker, 'ambassadorId');
    await addSpeaker(ctx.db, current.id, speaker);
    return current;
  },

  registerForEvent: async (_, { input }, ctx) => {
    const attendee = attendeeOf(input.attendee, 'input.attendee', ctx.now);
    const { registration } = await register(
      ctx.db,
      requireId(input.eventId, 'input.eventId'),
      attendee,
      registerOptions(ctx),
    );
    return registration;
  },

  registerGroupForEvent: async (_, { input }, ctx) => {
    const o = input.organiser;
    return registerGroup(
      ctx.db,
      requireId(input.eventId, 'input.eventId'),
      {
        organiser: {
          firstName: requireText(o.firstName, 'input.organiser.firstName', 100),
          lastName: requireText(o.lastName, 'input.organiser.lastName', 100),
          email: requireEmail(o.email, 'input.organiser.email'),
          organisation: requireText(o.organisation, 'input.organiser.organisation', 200),
          uai: o.uai ? requireUai(o.uai, 'input.organiser.uai') : null,
        },
        groupName: requireText(input.groupName, 'input.groupName', 100),
        participants: input.participants,
        accompanying: input.accompanying,
        category: input.category,
        minors: input.minors,
        acceptFewerSeats: input.acceptFewerSeats ?? false,
      },
      registerOptions(ctx),
    );
  },

  confirmRegistration: (_, { input }, ctx) =>
    confirmRegistration(ctx.db, requireText(input.token, 'input.token', 200), ctx.now, ctx.mail),

  checkIn: async (_, { input }, ctx) => {
    const current = await managedEvent(ctx, input.eventId, 'input.eventId');
    return checkIn(ctx.db, current, normaliseTicketCode(requireText(input.code, 'input.code', 50)), ctx.now);
  },

  cancelRegistration: async (_, { input }, ctx) => {
    const current = await findRegistration(ctx.db, input.registrationId, 'input.registrationId');
    let byStaff = false;
    if (!input.cancellationToken) {
      const ev = await findEvent(ctx.db, current.eventId, 'input.registrationId');
      requireCancelWithoutToken(ctx.identity, ev);
      byStaff = true;
    }
    return cancelRegistration(ctx.db, current.id, input.cancellationToken ?? null, byStaff, ctx.mail);
  },

  recordAttendance: async (_, { input }, ctx) => {
    const current = await findEvent(ctx.db, input.eventId, 'input.eventId');
    requireRecordAttendance(ctx.identity, current);
    if (input.registrationIds.length > 500)
      throw badInput('input.registrationIds', 'At most 500 registrations at once');
    const ids = input.registrationIds.map((id) => requireId(id, 'input.registrationIds'));
    return recordAttendance(ctx.db, current, ids, input.attended, ctx.now);
  },

  // The café operations of the first version: thin aliases over the events that cafés now are.
  createParentsCafe: async (_, { input }, ctx) => {
    const commune = requireCommune(input.communeCode, 'input.communeCode');
    requireStaffOfEvent(ctx.identity, { departmentCode: commune.departmentCode });
    const startsAt = asDate(input.startsAt);
    const endsAt = input.endsAt ? asDate(input.endsAt) : new Date(startsAt.getTime() + 2 * 3_600_000);
    if (startsAt <= ctx.now) throw badInput('input.startsAt', 'A café is created before it takes place');
    if (endsAt <= startsAt) throw badInput('input.endsAt', 'endsAt must be after startsAt');
    const capacity = cafeCapacity(input.capacity);
    return insertEvent(ctx.db, {
      kind: PARENTS_CAFE,
      title: requireText(input.title, 'input.title', 200),
      ...timedSchedule(startsAt, endsAt),
      online: false,
      url: null,
      venueName: optionalText(input.venueName, 'input.venueName', 200),
      communeCode: commune.code,
      departmentCode: commune.departmentCode,
      facilitatorName: requireText(input.facilitatorName, 'input.facilitatorName', 150),
      audiences: ['PARENT'],
      themes: [],
      romeCodes: [],
      capacity,
      ...groupCaps(capacity, null, 0),
      registrationOpensAt: null,
      registrationClosesAt: null,
      parentId: null,
      createdBy: ctx.identity.subject ?? null,
    });
  },

  cancelParentsCafe: async (_, { id }, ctx) => {
    const cafe = await findCafe(ctx.db, id, 'id');
    requireStaffOfEvent(ctx.identity, cafe);
    return cafe.cancelledAt ? cafe : cancelEvent(ctx.db, cafe.id, null);
  },

  registerForParentsCafe: async (_, { input }, ctx) => {
    const cafe = await findCafe(ctx.db, input.cafeId, 'input.cafeId');
    const p = input.parent;
    const parent = {
      firstName: requireText(p.firstName, 'input.parent.firstName', 100),
      lastName: requireText(p.lastName, 'input.parent.lastName', 100),
      email: requireEmail(p.email, 'input.parent.email'),
      category: 'PARENT' as const,
      minor: false,
      birthDate: null,
      guardianConsent: false,
    };
    const { registration } = await register(ctx.db, cafe.id, parent, registerOptions(ctx, false));
    return registration;
  },

  cancelParentsCafeRegistration: async (_, { input }, ctx) => {
    let byStaff = false;
    if (!input.cancellationToken) {
      const cafe = await findCafeOfRegistration(ctx.db, input.registrationId, 'input.registrationId');
      requireCancelWithoutToken(ctx.identity, cafe);
      byStaff = true;
    }
    const id = requireId(input.registrationId, 'input.registrationId');
    return cancelRegistration(ctx.db, id, input.cancellationToken ?? null, byStaff, ctx.mail);
  },
};
