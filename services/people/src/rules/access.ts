import type { Identity } from '@dm/shared';

export interface AmbassadorScope {
  id: string;
  companyId: string | null;
  departmentCode: string;
}

const staffIn = (identity: Identity, departmentCode: string | null) =>
  identity.role === 'admin' ||
  ((identity.role === 'coordinator' || identity.role === 'referent') &&
    departmentCode !== null &&
    identity.departments.includes(departmentCode));

/** Registers an ambassador: their company for itself, staff of the department, admins. */
export const canRegisterAmbassador = (identity: Identity, companyId: string | null, departmentCode: string) =>
  (identity.role === 'company' && companyId !== null && identity.companyId === companyId) ||
  staffIn(identity, departmentCode);

/** Changes an ambassador: the ambassador, their company, staff of the department, admins. */
export const canChangeAmbassador = (identity: Identity, ambassador: AmbassadorScope) =>
  (identity.role === 'ambassador' && identity.personId === ambassador.id) ||
  (identity.role === 'company' && ambassador.companyId !== null && identity.companyId === ambassador.companyId) ||
  staffIn(identity, ambassador.departmentCode);

/** Deactivates an ambassador: their company, staff of the department, admins (not the ambassador alone: they pause). */
export const canDeactivateAmbassador = (identity: Identity, ambassador: AmbassadorScope) =>
  (identity.role === 'company' && ambassador.companyId !== null && identity.companyId === ambassador.companyId) ||
  staffIn(identity, ambassador.departmentCode);

export const canManageCafe = (identity: Identity, departmentCode: string) => staffIn(identity, departmentCode);

export interface RequestScope {
  ambassadorId: string | null;
  /** The company asked, or the company of the ambassador asked. */
  companyId: string | null;
  departmentCode: string | null;
}

/** Who reads and answers a contact request: its addressee (the ambassador, or the company), staff of its department. */
export const canHandleRequest = (identity: Identity, request: RequestScope) =>
  (identity.role === 'ambassador' && request.ambassadorId !== null && identity.personId === request.ambassadorId) ||
  (identity.role === 'company' && request.companyId !== null && identity.companyId === request.companyId) ||
  staffIn(identity, request.departmentCode);
