import { describe, expect, it } from 'vitest';
import {
  hasScope,
  isCompanyUser,
  isPerson,
  isStaff,
  isStaffOf,
  partnerCreator,
  requireAdmin,
  requireStaffOf,
  requireStatisticsReader,
} from '../src/access.ts';
import type { Identity, Role } from '../src/identity.ts';

const who = (role: Role, extra: Partial<Identity> = {}): Identity => ({ role, departments: [], scopes: [], ...extra });

describe('the access vocabulary', () => {
  it('knows staff, and staff of a department', () => {
    expect(isStaff(who('referent'))).toBe(true);
    expect(isStaff(who('company', { companyId: 'c' }))).toBe(false);
    expect(isStaffOf(who('admin'), '14')).toBe(true);
    expect(isStaffOf(who('admin'), null)).toBe(true); // region-wide: admins
    expect(isStaffOf(who('coordinator', { departments: ['14', '50'] }), '50')).toBe(true);
    expect(isStaffOf(who('coordinator', { departments: ['14'] }), '50')).toBe(false);
    expect(isStaffOf(who('referent', { departments: ['14'] }), null)).toBe(false); // region-wide: not theirs
    expect(isStaffOf(who('partner', { departments: ['14'] }), '14')).toBe(false);
  });

  it('knows a company user, a person, a partner scope', () => {
    expect(isCompanyUser(who('company', { companyId: 'c1' }), 'c1')).toBe(true);
    expect(isCompanyUser(who('company', { companyId: 'c1' }), 'c2')).toBe(false);
    expect(isCompanyUser(who('company', { companyId: 'c1' }), null)).toBe(false);
    expect(isCompanyUser(who('admin', { companyId: 'c1' }), 'c1')).toBe(false);
    expect(isPerson(who('ambassador', { personId: 'p' }), 'p')).toBe(true);
    expect(isPerson(who('ambassador'), undefined)).toBe(false);
    expect(hasScope(who('partner', { scopes: ['READ_STATISTICS'] }), 'READ_STATISTICS')).toBe(true);
    expect(hasScope(who('admin', { scopes: ['READ_STATISTICS'] }), 'READ_STATISTICS')).toBe(false);
    expect(partnerCreator(who('partner', { apiKeyId: 'k' }))).toBe('apikey:k');
    expect(partnerCreator(who('admin'))).toBeNull();
  });

  it('refuses with FORBIDDEN and says what was needed', () => {
    const refused = (run: () => void) => {
      try {
        run();
      } catch (err) {
        return (err as { extensions: { code: string }; message: string }).extensions.code;
      }
      return 'allowed';
    };
    expect(refused(() => requireAdmin(who('coordinator', { departments: ['14'] })))).toBe('FORBIDDEN');
    expect(refused(() => requireStaffOf(who('coordinator', { departments: ['14'] }), '14'))).toBe('allowed');
    expect(refused(() => requireStaffOf(who('coordinator', { departments: ['14'] }), '27'))).toBe('FORBIDDEN');
    expect(refused(() => requireStatisticsReader(who('partner', { scopes: ['READ_PUBLIC'] })))).toBe('FORBIDDEN');
    expect(refused(() => requireStatisticsReader(who('partner', { scopes: ['READ_STATISTICS'] })))).toBe('allowed');
  });
});
