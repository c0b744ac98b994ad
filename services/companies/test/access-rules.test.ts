import type { Identity } from '@dm/shared';
import { describe, expect, it } from 'vitest';
import { canActForCompany, canManageCompany, canRegisterIn } from '../src/rules/access.ts';

const who = (role: Identity['role'], extra: Partial<Identity> = {}): Identity => ({
  role,
  departments: [],
  scopes: [],
  ...extra,
});
const calvados = { id: 'c14', departmentCode: '14', referentId: 'ref-1' };

describe('who manages a company', () => {
  it('admins manage every company', () => expect(canManageCompany(who('admin'), calvados)).toBe(true));
  it('coordinators manage their departments only', () => {
    expect(canManageCompany(who('coordinator', { departments: ['14'] }), calvados)).toBe(true);
    expect(canManageCompany(who('coordinator', { departments: ['76'] }), calvados)).toBe(false);
  });
  it('referents manage their department and the companies whose charter names them', () => {
    expect(canManageCompany(who('referent', { personId: 'ref-1' }), calvados)).toBe(true);
    expect(canManageCompany(who('referent', { personId: 'ref-2', departments: ['50'] }), calvados)).toBe(false);
  });
  it('the company acts for itself, not for another; the public acts for none', () => {
    expect(canActForCompany(who('company', { companyId: 'c14' }), calvados)).toBe(true);
    expect(canActForCompany(who('company', { companyId: 'other' }), calvados)).toBe(false);
    expect(canManageCompany(who('company', { companyId: 'c14' }), calvados)).toBe(false);
    expect(canActForCompany(who('public'), calvados)).toBe(false);
    expect(canActForCompany(who('partner'), calvados)).toBe(false);
  });
  it('registers companies only where the staff member works', () => {
    expect(canRegisterIn(who('admin'), null)).toBe(true);
    expect(canRegisterIn(who('coordinator', { departments: ['27'] }), '27')).toBe(true);
    expect(canRegisterIn(who('coordinator', { departments: ['27'] }), '61')).toBe(false);
    expect(canRegisterIn(who('ambassador', { personId: 'p' }), '27')).toBe(false);
  });
});
