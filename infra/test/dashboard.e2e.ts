import { todayInParis } from '@dm/shared';
import { adminToken, gql, token, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

// The regional dashboard by territory, through the gateway: every statistic in exactly one department, a
// coordinator's territory, and figures that follow the writes of the graph.

const DEPARTMENTS = ['14', '27', '50', '61', '76'];
// Saint-Lô and its EPCI: no other test writes there, so this test's writes are the only changes.
const SAINT_LO = '50502';
const SAINT_LO_AGGLO = '200066389';

const FIGURES = `
  charters { total companies renewals byStatus { count } byDepartment { department { code } count } byEpci { epci { siren } count } }
  immersions { offers places remainingPlaces requests pending accepted declined
    byDepartment { department { code } offers places requests accepted } byEpci { epci { siren } offers requests } }
  events { total cancelled registrations waitlisted regionWide byDepartment { department { code } events registrations } byEpci { epci { siren } events registrations } }
  ambassadors { active byDepartment { department { code } count } byEpci { epci { siren } count } }
  parentsCafes { held participants upcoming }
  contactRequests { sent answered expired byDepartment { department { code } count } byEpci { epci { siren } count } }`;

type Figures = Record<string, Record<string, any>>;

const sum = (rows: Record<string, any>[], field = 'count') => rows.reduce((n, r) => n + (r[field] as number), 0);

/** The region and each department, in one request. */
async function regionAndDepartments(to: string): Promise<{ region: Figures; departments: Figures[] }> {
  const query = `query($to: Date) {
    region: regionalDashboard(filter: { to: $to }) { ${FIGURES} }
    ${DEPARTMENTS.map((d) => `d${d}: regionalDashboard(filter: { department: "${d}", to: $to }) { ${FIGURES} }`).join('\n')}
  }`;
  const { data, errors } = await gql<Record<string, Figures>>(query, { to }, { token: await adminToken() });
  expect(errors).toBeUndefined();
  return { region: data!.region!, departments: DEPARTMENTS.map((d) => data![`d${d}`]!) };
}

async function dashboard(filter: Record<string, unknown>, bearer: string) {
  return gql<{ regionalDashboard: Figures & { scope: string } }>(
    `query($f: DashboardFilter) { regionalDashboard(filter: $f) { scope epci { siren name } ${FIGURES} } }`,
    { f: filter },
    { token: bearer },
  );
}

describe('the regional dashboard by territory', () => {
  it('attributes every statistic to exactly one department: the region is the sum of the departments', async () => {
    const today = todayInParis();
    // Other tests write at the same time: compare two reads in a row that agree, so nothing moved in between.
    let checked = false;
    for (let attempt = 0; attempt < 10 && !checked; attempt++) {
      const first = await regionAndDepartments(today);
      const second = await regionAndDepartments(today);
      if (JSON.stringify(first) !== JSON.stringify(second)) continue;
      const { region, departments } = first;
      const total = (part: string, field: string) =>
        sum(
          departments.map((d) => d[part]!),
          field,
        );
      // Additive statistics: the departments add up to the region.
      for (const [part, fields] of Object.entries({
        charters: ['total', 'renewals'],
        immersions: ['offers', 'places', 'remainingPlaces', 'requests', 'pending', 'accepted', 'declined'],
        events: ['cancelled', 'registrations', 'waitlisted'],
        ambassadors: ['active'],
        parentsCafes: ['held', 'participants', 'upcoming'],
        contactRequests: ['sent', 'answered', 'expired'],
      })) {
        for (const field of fields)
          expect([part, field, total(part, field)]).toEqual([part, field, region[part]![field]]);
      }
      // Events without department (online, region-wide) are the one part of the region in no department.
      expect(total('events', 'total') + region.events!.regionWide).toBe(region.events!.total);
      // Each department's own breakdown is itself, and the region's breakdown is the departments'.
      for (const [i, code] of DEPARTMENTS.entries()) {
        const d = departments[i]!;
        expect(d.charters!.byDepartment).toEqual([{ department: { code }, count: d.charters!.total }]);
        expect(sum(d.contactRequests!.byDepartment)).toBe(d.contactRequests!.sent);
        expect(sum(d.ambassadors!.byDepartment)).toBe(d.ambassadors!.active);
      }
      expect(sum(region.charters!.byDepartment)).toBe(region.charters!.total);
      expect(sum(region.charters!.byStatus)).toBe(region.charters!.total);
      expect(sum(region.contactRequests!.byDepartment)).toBe(region.contactRequests!.sent);
      expect(sum(region.ambassadors!.byDepartment)).toBe(region.ambassadors!.active);
      expect(sum(region.immersions!.byDepartment, 'requests')).toBe(region.immersions!.requests);
      expect(sum(region.events!.byDepartment, 'events')).toBe(region.events!.total - region.events!.regionWide);
      // By EPCI: every ambassador has a commune, so the EPCI add up to the region too.
      expect(sum(region.ambassadors!.byEpci)).toBe(region.ambassadors!.active);
      checked = true;
    }
    expect(checked).toBe(true);
  });

  it("gives a Manche coordinator one EPCI's month, refuses them Calvados, and follows the writes", async () => {
    const manche = await token({ role: 'coordinator', departments: ['50'], subject: 'coordinator:manche' });
    const month = todayInParis().slice(0, 7);
    const filter = { department: '50', epci: SAINT_LO_AGGLO, month };

    for (const refused of [{ department: '14' }, {}, { epci: '200065597' }, { communeCode: '14118' }]) {
      const { data, errors } = await dashboard(refused, manche);
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(data?.regionalDashboard ?? null).toBeNull();
    }
    const wrong = await dashboard({ department: '50', epci: '200065597' }, manche);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.epci' });
    const both = await dashboard({ month, from: `${month}-01` }, manche);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.month' });

    const read = async () => {
      const { data, errors } = await dashboard(filter, manche);
      expect(errors).toBeUndefined();
      return data!.regionalDashboard;
    };
    const before = await read();
    expect(before.scope).toMatch(
      new RegExp(`^department=50;from=${month}-01;to=${month}-(28|29|30|31);epci=${SAINT_LO_AGGLO}$`),
    );
    expect(before.epci).toMatchObject({ siren: SAINT_LO_AGGLO, name: 'CA Saint-Lô Agglo' });
    // A school year reads too.
    const year = await dashboard({ department: '50', schoolYear: '2025-2026' }, manche);
    expect(year.errors).toBeUndefined();
    expect(year.data!.regionalDashboard.scope).toBe('department=50;from=2025-09-01;to=2026-08-31');

    // A company of Saint-Lô without ambassadors: its charter, an immersion offer and a request, a contact request.
    const admin = await adminToken();
    const registered = await gql<{ registerCompany: { id: string } }>(
      'mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { id } }',
      { input: { name: `Tableau de bord ${unique()}`, communeCode: SAINT_LO } },
      { token: admin },
    );
    expect(registered.errors).toBeUndefined();
    const companyId = registered.data!.registerCompany.id;
    const signed = await gql(
      'mutation($input: SignCharterInput!) { signCharter(input: $input) { id } }',
      {
        input: {
          companyId,
          signedOn: todayInParis(),
          commitments: [{ kind: 'IMMERSION_HOSTING' }, { kind: 'FORUM' }],
        },
      },
      { token: admin },
    );
    expect(signed.errors).toBeUndefined();
    const published = await gql<{ publishImmersionOffer: { id: string } }>(
      `mutation($input: PublishImmersionOfferInput!) { publishImmersionOffer(input: $input) { id } }`,
      {
        input: {
          companyId,
          romeCode: 'D1102',
          title: 'Découvrir la boulangerie',
          places: 2,
          durationDays: 3,
          audiences: ['COLLEGE_PUPIL'],
        },
      },
      { token: await token({ role: 'company', company: companyId }) },
    );
    expect(published.errors).toBeUndefined();
    const immersion = await gql('mutation($input: RequestImmersionInput!) { requestImmersion(input: $input) { id } }', {
      input: {
        offerId: published.data!.publishImmersionOffer.id,
        requester: {
          firstName: 'Léa',
          lastName: 'Marie',
          email: `lea-${unique()}@example.org`,
          category: 'STUDENT',
          minor: false,
        },
      },
    });
    expect(immersion.errors).toBeUndefined();
    const contact = await gql<{ requestContact: { id: string } }>(
      'mutation($input: RequestContactInput!) { requestContact(input: $input) { id } }',
      {
        input: {
          companyId,
          requester: {
            firstName: 'Noé',
            lastName: 'Petit',
            email: `noe-${unique()}@example.org`,
            category: 'STUDENT',
            minor: false,
          },
          message: 'Pourrions-nous échanger sur vos métiers ?',
        },
      },
    );
    expect(contact.errors).toBeUndefined();
    // An event in Saint-Lô this month, and a registration to it.
    const startsAt = new Date(Date.now() + 3_600_000).toISOString();
    const created = await gql<{ createEvent: { id: string } }>(
      'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }',
      {
        input: {
          kind: 'FORUM',
          title: `Forum du tableau de bord ${unique()}`,
          startsAt,
          endsAt: new Date(Date.now() + 7_200_000).toISOString(),
          communeCode: SAINT_LO,
          venueName: 'Salle test',
          capacity: 10,
          audiences: ['LYCEE_PUPIL'],
        },
      },
      { token: manche },
    );
    expect(created.errors).toBeUndefined();
    const registered2 = await gql(
      'mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { id } }',
      {
        input: {
          eventId: created.data!.createEvent.id,
          attendee: {
            firstName: 'Lou',
            lastName: 'Marie',
            email: `lou-${unique()}@example.org`,
            category: 'LYCEE_PUPIL',
            minor: false,
          },
        },
      },
    );
    expect(registered2.errors).toBeUndefined();

    const after = await read();
    expect(after.charters!.total).toBe(before.charters!.total + 1);
    expect(sum(after.charters!.byEpci)).toBe(after.charters!.total);
    expect(after.immersions!.offers).toBe(before.immersions!.offers + 1);
    expect(after.immersions!.requests).toBe(before.immersions!.requests + 1);
    expect(after.immersions!.remainingPlaces).toBe(before.immersions!.remainingPlaces + 1);
    expect(after.contactRequests!.sent).toBe(before.contactRequests!.sent + 1);
    expect(after.contactRequests!.byDepartment).toEqual([
      { department: { code: '50' }, count: after.contactRequests!.sent },
    ]);
    expect(after.contactRequests!.byEpci).toEqual([
      { epci: { siren: SAINT_LO_AGGLO }, count: after.contactRequests!.sent },
    ]);
    expect(after.events!.total).toBe(before.events!.total + 1);
    expect(after.events!.registrations).toBe(before.events!.registrations + 1);
    expect(after.events!.byEpci).toEqual([
      { epci: { siren: SAINT_LO_AGGLO }, events: after.events!.total, registrations: after.events!.registrations },
    ]);

    // The request to a company without ambassadors is Manche's: its coordinator sees it.
    const inbox = await gql<{ contactRequests: { edges: { node: { id: string } }[] } }>(
      '{ contactRequests(filter: { status: PENDING }, first: 100) { edges { node { id } } } }',
      {},
      { token: manche },
    );
    expect(inbox.errors).toBeUndefined();
    const ids = inbox.data!.contactRequests.edges.map((e) => e.node.id);
    expect(ids).toContain(contact.data!.requestContact.id);
  });

  it('gives the same figures from the summary tables (whole months) as from the rows (days, a commune)', async () => {
    const COMPANIES = `charters { total companies renewals byStatus { status count } byDepartment { department { code } count }
        byEpci { epci { siren } count } bySector { sector count } byCommitmentKind { kind count } signedByMonth { period count }
        commitmentsByMonth { month kind count } }
      immersions { offers places remainingPlaces requests pending accepted declined acceptanceRate
        byDepartment { department { code } offers places requests accepted } byEpci { epci { siren } offers places requests accepted }
        requestsByMonth { period count } }
      events { total cancelled registrations waitlisted attendanceRate fillRate regionWide byKind { kind count }
        byDepartment { department { code } events registrations } byEpci { epci { siren } events registrations } }
      contactRequests { sent answered expired medianResponseHours byDepartment { department { code } count } byEpci { epci { siren } count }
        responsesByEpci { epci { siren } sent answered expired responseRate } }`;
    // Whole months (or no bound) read the summary tables; a bound on another day reads the rows.
    const territories = [{}, ...DEPARTMENTS.map((department) => ({ department })), { epci: SAINT_LO_AGGLO }];
    for (const territory of territories) {
      const where = Object.entries(territory).map(([k, v]) => `${k}: "${v}"`);
      const query = `{
        summary: regionalDashboard(filter: { ${where.join(' ')} }) { ${COMPANIES} }
        rows: regionalDashboard(filter: { ${[...where, 'from: "1900-01-02"'].join(' ')} }) { ${COMPANIES} }
        summaryTo: regionalDashboard(filter: { ${[...where, 'to: "2100-12-31"'].join(' ')} }) { ${COMPANIES} }
        rowsTo: regionalDashboard(filter: { ${[...where, 'to: "2100-12-30"'].join(' ')} }) { ${COMPANIES} }
      }`;
      let checked = false;
      for (let attempt = 0; attempt < 10 && !checked; attempt++) {
        const first = await gql<Record<string, unknown>>(query, {}, { token: await adminToken() });
        const second = await gql<Record<string, unknown>>(query, {}, { token: await adminToken() });
        expect(first.errors).toBeUndefined();
        if (JSON.stringify(first.data) !== JSON.stringify(second.data)) continue;
        expect([territory, first.data!.rows]).toEqual([territory, first.data!.summary]);
        expect([territory, first.data!.rowsTo]).toEqual([territory, first.data!.summaryTo]);
        expect([territory, first.data!.summaryTo]).toEqual([territory, first.data!.summary]);
        checked = true;
      }
      expect(checked).toBe(true);
    }
  });
});
