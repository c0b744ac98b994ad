import type { Identity } from '@dm/shared';
import { describe, expect, it } from 'vitest';
import {
  canChangeAmbassador,
  canDeactivateAmbassador,
  canHandleRequest,
  canRegisterAmbassador,
} from '../src/rules/access.ts';
import { assertContactable, displayName, isContactable } from '../src/rules/ambassadors.ts';
import { expiryCutoff, reminderCutoff } from '../src/rules/contact.ts';

const today = '2026-11-22';
const at = (iso: string) => new Date(iso);

describe('ambassadors', () => {
  it('are shown by first name and initial only', () => {
    expect(displayName('Camille', 'martin')).toBe('Camille M.');
    expect(displayName(' Éloïse ', 'Égal')).toBe('Éloïse É.');
  });
  it('can be contacted unless deactivated, paused (to the day inclusive) or at their monthly quota', () => {
    const a = { deactivatedAt: null, pausedUntil: null, monthlyQuota: 3 };
    expect(isContactable(a, today, 2)).toBe(true);
    expect(isContactable(a, today, 3)).toBe(false);
    expect(isContactable({ ...a, pausedUntil: today }, today, 0)).toBe(false);
    expect(isContactable({ ...a, pausedUntil: '2026-11-21' }, today, 0)).toBe(true);
    expect(isContactable({ ...a, deactivatedAt: at('2026-01-01T00:00:00Z') }, today, 0)).toBe(false);
    expect(() => assertContactable(a, today, 3)).toThrow(/this month/);
  });
  it('can never be contacted once erased', () => {
    const erased = { erasedAt: at('2026-11-01T00:00:00Z'), deactivatedAt: null, pausedUntil: null, monthlyQuota: 3 };
    expect(isContactable(erased, today, 0)).toBe(false);
    expect(() => assertContactable(erased, today, 0)).toThrow(/no longer in the network/);
  });
});

describe('contact requests', () => {
  const now = at('2026-11-22T10:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  it('are reminded after 7 days, and expire after 30 (the sweep compares creation dates with these)', () => {
    expect(reminderCutoff(now)).toEqual(daysAgo(7));
    expect(expiryCutoff(now)).toEqual(daysAgo(30));
    expect(daysAgo(6) < reminderCutoff(now)).toBe(false);
    expect(daysAgo(8) < reminderCutoff(now)).toBe(true);
    expect(daysAgo(29) < expiryCutoff(now)).toBe(false);
    expect(daysAgo(31) < expiryCutoff(now)).toBe(true);
  });
});

describe('who may do what', () => {
  const who = (role: Identity['role'], extra: Partial<Identity> = {}): Identity => ({
    role,
    departments: [],
    scopes: [],
    ...extra,
  });
  const amb = { id: 'a1', companyId: 'c1', departmentCode: '14' };
  it('registers: the company for itself, staff of the department', () => {
    expect(canRegisterAmbassador(who('company', { companyId: 'c1' }), 'c1', '14')).toBe(true);
    expect(canRegisterAmbassador(who('company', { companyId: 'c2' }), 'c1', '14')).toBe(false);
    expect(canRegisterAmbassador(who('referent', { personId: 'r', departments: ['14'] }), 'c1', '14')).toBe(true);
    expect(canRegisterAmbassador(who('coordinator', { departments: ['76'] }), 'c1', '14')).toBe(false);
    expect(canRegisterAmbassador(who('public'), 'c1', '14')).toBe(false);
  });
  it('changes: also the ambassador; deactivates: not the ambassador alone', () => {
    expect(canChangeAmbassador(who('ambassador', { personId: 'a1' }), amb)).toBe(true);
    expect(canDeactivateAmbassador(who('ambassador', { personId: 'a1' }), amb)).toBe(false);
    expect(canDeactivateAmbassador(who('company', { companyId: 'c1' }), amb)).toBe(true);
  });
  it('handles a request: its addressee and staff of its department only', () => {
    const r = { ambassadorId: 'a1', companyId: 'c1', departmentCode: '14' };
    expect(canHandleRequest(who('ambassador', { personId: 'a1' }), r)).toBe(true);
    expect(canHandleRequest(who('ambassador', { personId: 'a2' }), r)).toBe(false);
    expect(canHandleRequest(who('company', { companyId: 'c1' }), r)).toBe(true);
    expect(canHandleRequest(who('coordinator', { departments: ['14'] }), r)).toBe(true);
    expect(canHandleRequest(who('partner'), r)).toBe(false);
  });
});
