import {
  badInput,
  hasScope,
  type Identity,
  isDepartmentalStaff,
  isStaffOf,
  partnerCreator,
  requireThat,
} from '@dm/shared';

export interface EventScope {
  /** The department the event belongs to; null for a region-wide event. */
  departmentCode: string | null;
  createdBy?: string | null;
}

export { partnerCreator };

/**
 * Staff who manage an event (and see its attendees): admins everywhere; coordinators and referents for the
 * events of their departments, online ones included. A region-wide event (no department) is the admins' alone.
 */
export const staffManagesEvent = (identity: Identity, event: EventScope) => isStaffOf(identity, event.departmentCode);

/** Who may change an event: its managing staff, or the partner (WRITE_EVENTS) whose key created it. */
export const canManageEvent = (identity: Identity, event: EventScope) =>
  staffManagesEvent(identity, event) ||
  (hasScope(identity, 'WRITE_EVENTS') && !!event.createdBy && event.createdBy === partnerCreator(identity));

/** Why an event was cancelled is read by those who manage it (its staff, the partner key that created it). */
export const mayReadCancellationReason = canManageEvent;

export const requireManageEvent = (identity: Identity, event: EventScope) =>
  requireThat(canManageEvent(identity, event), 'This event is not yours to change');

/** Staff only (no partner key): parents' cafés are run by the agency's staff of their department. */
export const requireStaffOfEvent = (identity: Identity, event: EventScope) =>
  requireThat(staffManagesEvent(identity, event), 'This needs agency staff of the department');
/**
 * Whether attendees came is a fact about them (personal data, see `visibility.ts`): recorded by the staff who
 * manage the event, who see its attendees; never by a partner key, even the one that created the event.
 */
export const canRecordAttendance = (identity: Identity, event: EventScope) => staffManagesEvent(identity, event);

export const requireRecordAttendance = (identity: Identity, event: EventScope) =>
  requireThat(canRecordAttendance(identity, event), 'Attendance is recorded by the staff who manage the event');

/** Cancelling a registration without its token: the staff who manage the event. */
export const requireCancelWithoutToken = (identity: Identity, event: EventScope) =>
  requireThat(staffManagesEvent(identity, event), 'Cancelling needs the cancellation token given at registration');

/**
 * The department an event belongs to, from where it happens and the department the caller named (a valid
 * code, or null/undefined when none was named):
 * - on site, its commune's; a named department must be that one;
 * - online, the one named; else, for a coordinator or referent, their only department (they must name one
 *   when they have several); else none: a region-wide event, which only admins manage (and the partner
 *   key that created it changes).
 * Whether the caller may manage the event of that department is `requireManageEvent`'s question.
 */
export function eventDepartment(
  identity: Identity,
  where: { online: boolean; communeDepartmentCode: string | null },
  named: string | null | undefined,
  field = 'input.department',
): string | null {
  if (!where.online) {
    if (named && named !== where.communeDepartmentCode)
      throw badInput(field, `The department must be that of the commune (${where.communeDepartmentCode ?? 'none'})`);
    return where.communeDepartmentCode;
  }
  if (named) return named;
  if (isDepartmentalStaff(identity) && identity.departments.length > 0) {
    if (identity.departments.length > 1)
      throw badInput(
        field,
        `Name the department of this online event: one of yours (${identity.departments.join(', ')})`,
      );
    return identity.departments[0]!;
  }
  return null;
}
