import { badInput, forbidden, type Identity } from '@dm/shared';

export interface EventScope {
  /** The department the event belongs to; null for a region-wide event. */
  departmentCode: string | null;
  createdBy?: string | null;
}

/** How a partner key signs what it creates. */
export const partnerCreator = (identity: Identity) => (identity.apiKeyId ? `apikey:${identity.apiKeyId}` : null);

const departmentalStaff = (identity: Identity) => identity.role === 'coordinator' || identity.role === 'referent';

/**
 * Staff who manage an event (and see its attendees): admins everywhere; coordinators and referents for the
 * events of their departments, online ones included. A region-wide event (no department) is the admins' alone.
 */
export function staffManagesEvent(identity: Identity, event: EventScope): boolean {
  if (identity.role === 'admin') return true;
  if (!departmentalStaff(identity)) return false;
  return event.departmentCode !== null && identity.departments.includes(event.departmentCode);
}

/** Who may change an event: its managing staff, or the partner (WRITE_EVENTS) whose key created it. */
export function canManageEvent(identity: Identity, event: EventScope): boolean {
  if (staffManagesEvent(identity, event)) return true;
  return (
    identity.role === 'partner' &&
    identity.scopes.includes('WRITE_EVENTS') &&
    event.createdBy !== undefined &&
    event.createdBy !== null &&
    event.createdBy === partnerCreator(identity)
  );
}

export function requireManageEvent(identity: Identity, event: EventScope) {
  if (!canManageEvent(identity, event)) throw forbidden('This event is not yours to change');
}

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
  if (departmentalStaff(identity) && identity.departments.length > 0) {
    if (identity.departments.length > 1)
      throw badInput(
        field,
        `Name the department of this online event: one of yours (${identity.departments.join(', ')})`,
      );
    return identity.departments[0]!;
  }
  return null;
}
