import {
  assertGuardianConsent,
  badInput,
  optionalText,
  requireEmail,
  requireId,
  requireText,
  todayInParis,
} from '@dm/shared';
import { requireCommune, requireDepartment, requireMetier } from '@dm/shared/reference';
import type { Context } from '../context.ts';
import type { MutationResolvers } from '../generated/resolvers.ts';
import { eventDepartment, partnerCreator, requireCancelWithoutToken, requireManageEvent } from '../rules/access.ts';
import { capacityChange } from '../rules/registration.ts';
import { requireHttpUrl, timedSchedule, validateSession, validateWhere } from '../rules/schedule.ts';
import { addExhibitor, addSpeaker, cancelEvent, findEvent, insertEvent, updateEvent } from '../store/events.ts';
import { cancelRegistration, findRegistration, recordAttendance, register } from '../store/registrations.ts';

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

async function managedEvent(ctx: Context, id: string, field: string) {
  const row = await findEvent(ctx.db, id, field);
  requireManageEvent(ctx.identity, row);
  return row;
}

export const Mutation: MutationResolvers = {
  createEvent: async (_, { input }, ctx) => {
    const online = input.online ?? false;
    const commune = input.communeCode ? requireCommune(input.communeCode, 'input.communeCode') : null;
    const url = input.url ? requireHttpUrl(input.url, 'input.url') : null;
    const venueName = optionalText(input.venueName, 'input.venueName', 200);
    validateWhere({ online, url, communeCode: commune?.code ?? null, venueName });
    const departmentCode = eventDepartment(
      ctx.identity,
      { online, communeDepartmentCode: commune?.departmentCode ?? null },
      namedDepartment(input.department),
    );
    const createdBy = partnerCreator(ctx.identity) ?? ctx.identity.subject ?? null;
    requireManageEvent(ctx.identity, { departmentCode, createdBy });
    const schedule = timedSchedule(asDate(input.startsAt), asDate(input.endsAt));
    if (input.parentId) validateSession(await findEvent(ctx.db, input.parentId, 'input.parentId'), schedule);
    capacityChange(input.capacity ?? null, 0, 0);
    if (input.audiences.length === 0) throw badInput('input.audiences', 'Name at least one audience');
    return insertEvent(ctx.db, {
      kind: input.kind,
      title: requireText(input.title, 'input.title', 200),
      description: optionalText(input.description, 'input.description', 5000),
      ...schedule,
      online,
      url,
      venueName,
      communeCode: commune?.code ?? null,
      departmentCode,
      audiences: [...new Set(input.audiences)],
      themes: textList(input.themes, 'input.themes', 60),
      romeCodes: romeCodes(input.romeCodes, 'input.romeCodes'),
      capacity: input.capacity ?? null,
      ...registrationWindow(input.registrationOpensAt, input.registrationClosesAt, schedule.endSortAt),
      parentId: input.parentId ? requireId(input.parentId, 'input.parentId') : null,
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
    const changes = {
      ...(input.title ? { title: requireText(input.title, 'input.title', 200) } : {}),
      ...(input.description !== undefined
        ? { description: optionalText(input.description, 'input.description', 5000) }
        : {}),
      ...(schedule ?? {}),
      ...(commune ? { communeCode: commune.code } : {}),
      departmentCode,
      ...(input.venueName !== undefined ? { venueName: optionalText(input.venueName, 'input.venueName', 200) } : {}),
      ...(input.url ? { url: requireHttpUrl(input.url, 'input.url') } : {}),
      ...(input.audiences ? { audiences: [...new Set(input.audiences)] } : {}),
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
    return updateEvent(ctx.db, current.id, changes, input.capacity);
  },

  cancelEvent: async (_, { id, reason }, ctx) => {
    const current = await managedEvent(ctx, id, 'id');
    if (current.cancelledAt) return current;
    return cancelEvent(ctx.db, current.id, optionalText(reason, 'reason', 2000));
  },

  addExhibitor: async (_, { eventId, companyId }, ctx) => {
    const current = await managedEvent(ctx, eventId, 'eventId');
    await addExhibitor(ctx.db, current.id, requireId(companyId, 'companyId'));
    return current;
  },

  addSpeaker: async (_, { eventId, ambassadorId }, ctx) => {
    const current = await managedEvent(ctx, eventId, 'eventId');
    await addSpeaker(ctx.db, current.id, requireId(ambassadorId, 'ambassadorId'));
    return current;
  },

  registerForEvent: async (_, { input }, ctx) => {
    const a = input.attendee;
    const attendee = {
      firstName: requireText(a.firstName, 'input.attendee.firstName', 100),
      lastName: requireText(a.lastName, 'input.attendee.lastName', 100),
      email: requireEmail(a.email, 'input.attendee.email'),
      category: a.category,
      minor: a.minor,
      birthDate: a.birthDate ?? null,
      guardianConsent: a.guardianConsent ?? false,
    };
    assertGuardianConsent(attendee, todayInParis(ctx.now), 'input.attendee');
    const { registration } = await register(
      ctx.db,
      requireId(input.eventId, 'input.eventId'),
      attendee,
      ctx.now,
      ctx.mail.eventUrl,
    );
    return registration;
  },

  cancelRegistration: async (_, { input }, ctx) => {
    const current = await findRegistration(ctx.db, input.registrationId, 'input.registrationId');
    let byStaff = false;
    if (!input.cancellationToken) {
      const ev = await findEvent(ctx.db, current.eventId, 'input.registrationId');
      requireCancelWithoutToken(ctx.identity, ev);
      byStaff = true;
    }
    return cancelRegistration(ctx.db, current.id, input.cancellationToken ?? null, byStaff);
  },

  recordAttendance: async (_, { input }, ctx) => {
    const current = await managedEvent(ctx, input.eventId, 'input.eventId');
    if (input.registrationIds.length > 500)
      throw badInput('input.registrationIds', 'At most 500 registrations at once');
    const ids = input.registrationIds.map((id) => requireId(id, 'input.registrationIds'));
    return recordAttendance(ctx.db, current, ids, input.attended, ctx.now);
  },
};
