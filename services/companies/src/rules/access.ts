import { forbidden, type Identity, isStaff } from '@dm/shared';

export interface CompanyScope {
  id: string;
  departmentCode: string | null;
  /** Referent named by the company's current charter. */
  referentId?: string | null;
}

/**
 * Staff who may manage a company: admins; coordinators of its department; referents of its department
 * or named by its charter.
 */
export function canManageCompany(identity: Identity, company: CompanyScope): boolean {
  switch (identity.role) {
    case 'admin':
      return true;
    case 'coordinator':
      return company.departmentCode !== null && identity.departments.includes(company.departmentCode);
    case 'referent':
      return (
        (company.departmentCode !== null && identity.departments.includes(company.departmentCode)) ||
        (identity.personId !== undefined && identity.personId === company.referentId)
      );
    default:
      return false;
  }
}

/** The company's own staff, or staff who manage it. */
export const canActForCompany = (identity: Identity, company: CompanyScope) =>
  (identity.role === 'company' && identity.companyId === company.id) || canManageCompany(identity, company);

/** Registering a company in a department: admins anywhere, coordinators and referents in theirs. */
export function canRegisterIn(identity: Identity, departmentCode: string | null): boolean {
  if (identity.role === 'admin') return true;
  if (identity.role !== 'coordinator' && identity.role !== 'referent') return false;
  return departmentCode !== null && identity.departments.includes(departmentCode);
}

export function requireStaff(identity: Identity): void {
  if (!isStaff(identity)) throw forbidden('This needs an agency staff role');
}

export function requireManage(identity: Identity, company: CompanyScope): void {
  requireStaff(identity);
  if (!canManageCompany(identity, company)) throw forbidden('This company is outside your portfolio');
}

export function requireActFor(identity: Identity, company: CompanyScope): void {
  if (!canActForCompany(identity, company)) throw forbidden('Only the company or its referents can do this');
}
