import { type Identity, isCompanyUser, isPerson, isStaffOf, requireThat } from '@dm/shared';

export interface CompanyScope {
  id: string;
  departmentCode: string | null;
  /** Referent named by the company's current charter. */
  referentId?: string | null;
}

/**
 * Staff who may manage a company: staff of its department (admins everywhere), and the referent its
 * charter names.
 */
export const canManageCompany = (identity: Identity, company: CompanyScope) =>
  isStaffOf(identity, company.departmentCode) ||
  (identity.role === 'referent' && isPerson(identity, company.referentId));

/** The company's own users, or staff who manage it. */
export const canActForCompany = (identity: Identity, company: CompanyScope) =>
  isCompanyUser(identity, company.id) || canManageCompany(identity, company);

/**
 * Why a charter was ended is between the company and the staff who manage it: its own users and those staff
 * read it; nobody else, partners and the public included.
 */
export const mayReadTerminationReason = canActForCompany;

export const requireManage = (identity: Identity, company: CompanyScope) =>
  requireThat(canManageCompany(identity, company), 'This company is outside your portfolio');

export const requireActFor = (identity: Identity, company: CompanyScope) =>
  requireThat(canActForCompany(identity, company), 'Only the company or its referents can do this');

/** Registering a company in a department: staff of that department. */
export const canRegisterIn = (identity: Identity, departmentCode: string | null) => isStaffOf(identity, departmentCode);

export const requireRegisterIn = (identity: Identity, departmentCode: string | null) =>
  requireThat(canRegisterIn(identity, departmentCode), 'You cannot register a company in this department');
