import { forbidden, type Identity } from '@dm/shared';

export interface EventScope {
  departmentCode: string | null;
  createdBy?: string | null;
}

/** How a partner key signs what it creates. */
export const partnerCreator = (identity: Identity) => (identity.apiKeyId ? `apikey:${identity.apiKeyId}` : null);

/** Staff who manage an event: admins; coordinators and referents for events in their departments or online. */
export function staffManagesEvent(identity: Identity, event: EventScope): boolean {
  if (identity.role === 'admin') return true;
  if (identity.role !== 'coordinator' && identity.role !== 'referent') return false;
  return event.departmentCode === null || identity.departments.includes(event.departmentCode);
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
