import { companyId, demoCompanyKey, demoTowns, demoTradeOf, foundingCompanyKeys } from '@dm/shared';
import { communes, metiers } from '@dm/shared/reference';
import { describe, expect, it } from 'vitest';
import { demoAmbassadors, demoContactRequests } from '../src/seed/demo.ts';

const today = '2026-11-22';
const now = new Date('2026-11-22T12:00:00Z');

describe('demonstration ambassadors', () => {
  const people = demoAmbassadors(today);
  it('practise a trade of their company: one of its ROME codes, real ones', () => {
    const trades = new Map<string, string[]>();
    demoTowns.forEach(([communeCode], t) =>
      [0, 1].forEach((j) =>
        trades.set(
          companyId(demoCompanyKey(communeCode, j)),
          demoTradeOf(t, j).trades.map(([rome]) => rome),
        ),
      ),
    );
    for (const p of people) {
      expect(metiers.has(p.romeCode), p.romeCode).toBe(true);
      expect(p.jobTitle).toMatch(/\(démo\)$/);
      if (p.companyId && trades.has(p.companyId)) expect(trades.get(p.companyId)).toContain(p.romeCode);
    }
    // The founding signatories' ambassadors: a trade of the sector the press release gives.
    const byCompany = new Map(people.map((p) => [p.companyId, p]));
    expect(byCompany.get(companyId('boulangerie-quellier'))?.romeCode).toBe('D1102');
    expect(byCompany.get(companyId('keolis-bus-verts'))?.romeCode).toBe('N4103');
    expect(byCompany.get(companyId('dejamobile'))?.romeCode).toBe('M1805');
    expect(foundingCompanyKeys.every((key) => byCompany.has(companyId(key)))).toBe(true);
  });
});

describe('demonstration contact requests', () => {
  const people = demoAmbassadors(today);
  const requests = demoContactRequests(people, now);
  it('reach every department, over more than a school year, to ambassadors and to companies', () => {
    expect(new Set(requests.map((r) => r.departmentCode))).toEqual(new Set(['14', '27', '50', '61', '76']));
    const months = new Set(requests.map((r) => r.createdAt.toISOString().slice(0, 7)));
    expect(months.size).toBeGreaterThan(12);
    expect(requests.some((r) => r.ambassadorId === null && r.companyId !== null)).toBe(true);
    for (const r of requests) {
      expect(r.departmentCode).toBe(communes.get(r.communeCode)!.departmentCode);
      expect(r.createdAt.getTime()).toBeLessThan(now.getTime());
    }
  });
  it('are answered, expired or pending as the rules allow, by invented requesters', () => {
    expect(new Set(requests.map((r) => r.status))).toEqual(new Set(['ANSWERED', 'EXPIRED', 'PENDING']));
    const thirtyDays = 30 * 86_400_000;
    for (const r of requests) {
      expect(r.requesterEmail).toMatch(/@demo\.destination-metier\.invalid$/);
      expect(r.requesterName).toMatch(/\(démo\)$/);
      if (r.status === 'ANSWERED') {
        expect(r.answeredAt!.getTime()).toBeGreaterThan(r.createdAt.getTime());
        expect(r.answeredAt!.getTime()).toBeLessThanOrEqual(now.getTime());
      }
      if (r.status === 'PENDING') expect(now.getTime() - r.createdAt.getTime()).toBeLessThan(thirtyDays);
      if (r.status === 'EXPIRED') expect(r.expiredAt!.getTime() - r.createdAt.getTime()).toBe(thirtyDays);
    }
    // One per requester and addressee: the service's rule for pending requests holds for all of them.
    expect(new Set(requests.map((r) => r.requesterEmailKey)).size).toBe(requests.length);
  });
});
