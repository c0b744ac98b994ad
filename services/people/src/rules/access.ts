import { type Identity, isCompanyUser, isPerson, isStaffOf, requireThat } from '@dm/shared';

export interface AmbassadorScope {
  id: string;
  companyId: string | null;
  departmentCode: string;
}

/** Registers an ambassador: their company for itself, staff of the department, admins. */
export const canRegisterAmbassador = (identity: Identity, companyId: string | null, departmentCode: string) =>
  isCompanyUser(identity, companyId) || isStaffOf(identity, departmentCode);

/** Changes an ambassador: the ambassador, their company, staff of the department, admins. */
export const canChangeAmbassador = (identity: Identity, ambassador: AmbassadorScope) =>
  (identity.role === 'ambassador' && isPerson(identity, ambassador.id)) ||
  isCompanyUser(identity, ambassador.companyId) ||
  isStaffOf(identity, ambassador.departmentCode);

/** Deactivates an ambassador: their company, staff of the department, admins (not the ambassador alone: they pause). */
export const canDeactivateAmbassador = (identity: Identity, ambassador: AmbassadorScope) =>
  isCompanyUser(identity, ambassador.companyId) || isStaffOf(identity, ambassador.departmentCode);

/** Parent witnesses are recruited by the agency's staff of their department. */
export const canManageParentWitnesses = (identity: Identity, departmentCode: string) =>
  isStaffOf(identity, departmentCode);

export interface RequestScope {
  ambassadorId: string | null;
  /** The company asked, or the company of the ambassador asked. */
  companyId: string | null;
  departmentCode: string | null;
}

/** Who reads and answers a contact request: its addressee (the ambassador, or the company), staff of its department. */
export const canHandleRequest = (identity: Identity, request: RequestScope) =>
  (identity.role === 'ambassador' && isPerson(identity, request.ambassadorId)) ||
  isCompanyUser(identity, request.companyId) ||
  isStaffOf(identity, request.departmentCode);

export const requireRegisterAmbassador = (identity: Identity, companyId: string | null, departmentCode: string) =>
  requireThat(
    canRegisterAmbassador(identity, companyId, departmentCode),
    'Only the company, a referent, a coordinator of the department or an admin registers an ambassador',
  );

export const requireChangeAmbassador = (identity: Identity, ambassador: AmbassadorScope, message?: string) =>
  requireThat(
    canChangeAmbassador(identity, ambassador),
    message ?? 'Only the ambassador, their company or staff change an ambassador',
  );

export const requireDeactivateAmbassador = (identity: Identity, ambassador: AmbassadorScope) =>
  requireThat(canDeactivateAmbassador(identity, ambassador), 'Only their company or staff deactivate an ambassador');

export const requireManageParentWitnesses = (identity: Identity, departmentCode: string) =>
  requireThat(canManageParentWitnesses(identity, departmentCode), 'This needs agency staff of the department');

export const requireHandleRequest = (identity: Identity, request: RequestScope) =>
  requireThat(canHandleRequest(identity, request), 'Only the addressee answers a contact request');
