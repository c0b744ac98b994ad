import { forbidden, type Identity, isStaff } from '@dm/shared';

/**
 * Staff who manage an event: admins; coordinators and referents for events in their departments. Online
 * events belong to no department: any staff member manages them.
 */
export function canManageEvent(identity: Identity, event: { departmentCode: string | null }): boolean {
  if (identity.role === 'admin') return true;
  if (identity.role !== 'coordinator' && identity.role !== 'referent') return false;
  return event.departmentCode === null || identity.departments.includes(event.departmentCode);
}

export function requireManageEvent(identity: Identity, event: { departmentCode: string | null }) {
  if (!isStaff(identity)) throw forbidden('This needs an agency staff role');
  if (!canManageEvent(identity, event)) throw forbidden('This event is outside your departments');
}
