import { forbidden } from './errors.ts';
import type { DashboardScope } from './dashboard.ts';
import type { Identity, Role } from './identity.ts';
import { departments } from './reference/index.ts';

/**
 * The access vocabulary every subgraph speaks: who a caller is to a department, a company, a person. Each
 * subgraph's `rules/access.ts` keeps only its own domain's decisions, built from these words; resolvers call
 * the `require…` gates, which refuse with FORBIDDEN.
 */

export const staffRoles: readonly Role[] = ['referent', 'coordinator', 'admin'];

/** Agency staff: referents, coordinators, admins. */
export const isStaff = (identity: Identity) => staffRoles.includes(identity.role);

/** Staff bound to departments: coordinators and referents. */
export const isDepartmentalStaff = (identity: Identity) =>
  identity.role === 'coordinator' || identity.role === 'referent';

/**
 * Staff of a department: admins everywhere, coordinators and referents in their departments. Something of no
 * department (region-wide) is the admins' alone.
 */
export const isStaffOf = (identity: Identity, department: string | null | undefined) =>
  identity.role === 'admin' ||
  (isDepartmentalStaff(identity) &&
    department !== null &&
    department !== undefined &&
    identity.departments.includes(department));

/** A user acting for this company. */
export const isCompanyUser = (identity: Identity, companyId: string | null | undefined) =>
  identity.role === 'company' && companyId !== null && companyId !== undefined && identity.companyId === companyId;

/** The person (an ambassador, a referent) the token is for. */
export const isPerson = (identity: Identity, personId: string | null | undefined) =>
  personId !== null && personId !== undefined && identity.personId === personId;

/** A partner key holding this scope. */
export const hasScope = (identity: Identity, scope: string) =>
  identity.role === 'partner' && identity.scopes.includes(scope);

/** How a partner key signs what it creates (events written with WRITE_EVENTS). */
export const partnerCreator = (identity: Identity) => (identity.apiKeyId ? `apikey:${identity.apiKeyId}` : null);

/** Refuses, with FORBIDDEN and a message saying what was needed, unless `allowed`. */
export function requireThat(allowed: boolean, message: string): void {
  if (!allowed) throw forbidden(message);
}

export function requireStaff(identity: Identity): void {
  requireThat(isStaff(identity), 'This needs an agency staff role');
}

export function requireStaffOf(identity: Identity, department: string | null | undefined, message?: string): void {
  requireThat(isStaffOf(identity, department), message ?? 'This needs agency staff of the department');
}

export function requireCompanyUser(identity: Identity, companyId: string | null | undefined): void {
  requireThat(isCompanyUser(identity, companyId), 'This needs a user of the company');
}

/** Admin-only operations (keys, data subjects' rights, the audit log). */
export function requireAdmin(identity: Identity): void {
  requireThat(identity.role === 'admin', 'This needs the admin role');
}

/** The regional dashboard: agency staff, and partners whose key has the READ_STATISTICS scope. */
export function requireStatisticsReader(identity: Identity): void {
  requireThat(
    isStaff(identity) || hasScope(identity, 'READ_STATISTICS'),
    'The dashboard is for agency staff and partners allowed to read statistics',
  );
}

/** Departmental staff bound to the five departments: they see the whole region, as admins do. */
export const isRegionWide = (identity: Identity) =>
  identity.role === 'admin' || [...departments.keys()].every((d) => identity.departments.includes(d));

/**
 * A dashboard of a territory: statistics readers (agency staff, partners with READ_STATISTICS); coordinators
 * and referents only within their departments (the whole region only when bound to all five).
 */
export function requireDashboardReader(identity: Identity, scope: DashboardScope): void {
  requireStatisticsReader(identity);
  if (isDepartmentalStaff(identity) && !isRegionWide(identity)) {
    requireThat(
      scope.departments.every((d) => identity.departments.includes(d)),
      `Your dashboard covers department ${identity.departments.join(', ') || 'none'} only: filter on your territory`,
    );
  }
}
