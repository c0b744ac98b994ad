import { describe, expect, it } from 'vitest';
import { requireDashboardReader } from '../src/access.ts';
import { byDepartment, byEpci, dashboardScope, parseScope, schoolYearOf } from '../src/dashboard.ts';
import type { Identity } from '../src/identity.ts';

const coordinator = (departments: string[]): Identity => ({ role: 'coordinator', departments, scopes: [] });
const code = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (err) {
    return (err as { extensions?: { code?: string; field?: string } }).extensions;
  }
};

describe('dashboard scope', () => {
  it('reads a month and a school year as days, and refuses mixing them with from/to', () => {
    expect(dashboardScope({ month: '2026-02' })).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    expect(dashboardScope({ month: '2024-12' })).toMatchObject({ from: '2024-12-01', to: '2024-12-31' });
    expect(dashboardScope({ schoolYear: '2025-2026' })).toMatchObject({ from: '2025-09-01', to: '2026-08-31' });
    expect(code(() => dashboardScope({ month: '2026-13' }))).toMatchObject({ field: 'filter.month' });
    expect(code(() => dashboardScope({ schoolYear: '2025-2027' }))).toMatchObject({ field: 'filter.schoolYear' });
    expect(code(() => dashboardScope({ month: '2026-02', to: '2026-03-01' }))).toMatchObject({ field: 'filter.month' });
    expect(schoolYearOf('2026-08-31')).toBe('2025-2026');
    expect(schoolYearOf('2026-09-01')).toBe('2026-2027');
  });

  it('narrows to an EPCI (in a department when it straddles two) or a commune, and round-trips its key', () => {
    const straddling = dashboardScope({ epci: '200066827' });
    expect(straddling.departments).toEqual(['14', '27']);
    const inEure = dashboardScope({ epci: '200066827', department: '27' });
    expect(inEure.departments).toEqual(['27']);
    expect(inEure.communes!.length).toBeLessThan(straddling.communes!.length);
    expect(dashboardScope({ communeCode: '50502' })).toMatchObject({ departments: ['50'], communes: ['50502'] });
    expect(code(() => dashboardScope({ epci: '200065597', department: '50' }))).toMatchObject({ field: 'filter.epci' });
    expect(code(() => dashboardScope({ communeCode: '14118', department: '50' }))).toMatchObject({
      field: 'filter.communeCode',
    });
    expect(code(() => dashboardScope({ epci: '123' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.epci' });
    const scope = dashboardScope({ department: '50', epci: '200066389', communeCode: '50502', month: '2026-03' });
    expect(parseScope(scope.scope)).toEqual(scope);
    expect(dashboardScope({ department: '61' }).scope).toBe('department=61;from=;to=');
  });

  it('keeps a coordinator within their departments unless bound to all five', () => {
    const manche = coordinator(['50']);
    expect(code(() => requireDashboardReader(manche, dashboardScope({ department: '50' })))).toBeNull();
    expect(code(() => requireDashboardReader(manche, dashboardScope({ epci: '200066389' })))).toBeNull();
    expect(code(() => requireDashboardReader(manche, dashboardScope({ department: '14' })))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(code(() => requireDashboardReader(manche, dashboardScope({})))).toMatchObject({ code: 'FORBIDDEN' });
    const region = coordinator(['14', '27', '50', '61', '76']);
    expect(code(() => requireDashboardReader(region, dashboardScope({})))).toBeNull();
    const partner: Identity = { role: 'partner', departments: [], scopes: ['READ_STATISTICS'] };
    expect(code(() => requireDashboardReader(partner, dashboardScope({ department: '14' })))).toBeNull();
  });

  it('folds counts by commune into departments and EPCI', () => {
    const rows = [
      { departmentCode: '14', communeCode: '14118', count: 2 },
      { departmentCode: '14', communeCode: '14327', count: 3 },
      { departmentCode: '14', communeCode: null, count: 1 },
      { departmentCode: null, communeCode: null, count: 4 },
    ];
    expect(byDepartment(rows, ['count'])).toEqual([{ departmentCode: '14', count: 6 }]);
    expect(byEpci(rows).map((r) => [r.epci.siren, r.count])).toEqual([['200065597', 5]]);
  });
});
