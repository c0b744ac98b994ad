import { adminToken, gql, unique } from '@dm/testing/stack';
import { describe, expect, inject, it } from 'vitest';
import { createEvent } from './helpers.ts';

describe('events through the gateway', () => {
  it("lists a department's upcoming events with their exhibitor companies and speakers", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { data, errors } = await gql<{ events: { totalCount: number; edges: { node: Record<string, any> }[] } }>(
      `query($from: Date) { events(filter: { department: "76", from: $from }, first: 50) { totalCount edges { node {
        kind title startsAt status online department { code } venue { commune { name department { code } } }
        exhibitors(first: 20) { name charter { status } } speakers { id } } } } }`,
      { from: today },
    );
    expect(errors).toBeUndefined();
    const events = data!.events.edges.map((e) => e.node);
    expect(events.length).toBeGreaterThanOrEqual(10);
    const starts = events.map((e) => e.startsAt);
    expect([...starts].sort()).toEqual(starts);
    for (const e of events) {
      expect(e.department.code).toBe('76');
      if (!e.online) expect(e.venue.commune.department.code).toBe('76');
    }
    const withExhibitors = events.find((e) => e.exhibitors.length > 0)!;
    expect(withExhibitors.exhibitors[0]).toMatchObject({
      name: expect.stringMatching(/\(démo\)$/),
      charter: { status: expect.any(String) },
    });
    expect(withExhibitors.speakers.length).toBeGreaterThan(0);
  });

  it('holds the events of the source documents as facts, with no invented date', async () => {
    const { data } = await gql<{ events: { edges: { node: Record<string, any> }[] } }>(
      `{ events(filter: { to: "2020-12-31" }, first: 100) { edges { node {
        title kind startsOn endsOn datePrecision startsAt online venue { name commune { code } } demonstration
        parent { title } sessions { title startsOn demonstration } exhibitors(first: 20) { name } } } } }`,
    );
    const facts = data!.events.edges.map((e) => e.node).filter((e) => !e.demonstration);
    const byTitle = (t: string) => facts.find((e) => e.title === t)!;
    expect(byTitle('Semaine de la VAE')).toMatchObject({
      kind: 'VAE_WEEK',
      startsOn: '2019-09-30',
      endsOn: '2019-10-04',
      datePrecision: 'DAY',
      startsAt: null,
    });
    expect(
      byTitle('Semaine de la VAE')
        .sessions.filter((s: any) => !s.demonstration)
        .map((s: any) => s.title),
    ).toEqual(['Semaine de la VAE : évènement de clôture']);
    expect(byTitle('Semaine de la VAE : évènement de clôture').venue.commune.code).toBe('76540');
    const olympiades = byTitle('Sélections régionales des Olympiades des Métiers');
    expect(olympiades.sessions.map((s: any) => s.startsOn)).toEqual(['2020-02-06', '2020-02-07', '2020-02-08']);
    const consultations = facts.filter((e) => e.kind === 'CONSULTATION' && e.datePrecision === 'PERIOD');
    expect(consultations.map((e) => e.venue.commune.code).sort()).toEqual([
      '14118',
      '27229',
      '50129',
      '61001',
      '76351',
      '76540',
    ]);
    expect(byTitle('Salon virtuel de la seconde orientation')).toMatchObject({
      online: true,
      venue: null,
      startsOn: '2019-12-01',
    });
    const signing = byTitle('Signature des premières chartes Fabrique des Compétences');
    expect(signing).toMatchObject({ startsOn: '2020-09-09', venue: { name: 'Legallais', commune: { code: '14327' } } });
    expect(signing.exhibitors).toHaveLength(18);
    expect(signing.exhibitors.map((c: any) => c.name)).toContain('Legallais');
  });

  it('uses every kind of event in its seed', async () => {
    const kinds = await gql<{ __type: { enumValues: { name: string }[] } }>(
      '{ __type(name: "EventKind") { enumValues { name } } }',
    );
    for (const { name } of kinds.data!.__type.enumValues) {
      const { data } = await gql<{ events: { totalCount: number } }>(
        `{ events(filter: { kinds: [${name}] }) { totalCount } }`,
      );
      expect(data!.events.totalCount, name).toBeGreaterThan(0);
    }
  });

  it('refuses an exhibitor the companies subgraph does not know, and shows the company its events', async () => {
    const ev = await createEvent({ capacity: null });
    const admin = await adminToken();
    const unknown = await gql(
      'mutation($e: ID!, $c: ID!) { addExhibitor(eventId: $e, companyId: $c) { id } }',
      { e: ev.id, c: '00000000-0000-4000-8000-00000000dead' },
      { token: admin },
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'companyId' });
    const companies = await gql<{ companies: { edges: { node: { id: string } }[] } }>(
      '{ companies(filter: { search: "legallais" }) { edges { node { id } } } }',
    );
    const legallais = companies.data!.companies.edges[0]!.node.id;
    await gql(
      'mutation($e: ID!, $c: ID!) { addExhibitor(eventId: $e, companyId: $c) { id } }',
      { e: ev.id, c: legallais },
      { token: admin },
    );
    const { data } = await gql<{
      event: { title: string; exhibitors: ({ name: string } | null)[]; remainingSeats: number | null };
    }>('query($id: ID!) { event(id: $id) { title remainingSeats exhibitors { name } } }', { id: ev.id });
    expect(data!.event.title).toBe(ev.title);
    expect(data!.event.remainingSeats).toBeNull();
    expect(data!.event.exhibitors).toEqual([{ name: 'Legallais' }]);

    const company = await gql<{ company: { events: { id: string }[] } }>(
      'query($id: ID!) { company(id: $id) { events { id } } }',
      { id: legallais },
    );
    expect(company.data!.company.events.map((e) => e.id)).toContain(ev.id);
  });

  it('refuses bad events with the field', async () => {
    const admin = await adminToken();
    const CREATE = 'mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }';
    const base = {
      kind: 'FORUM',
      title: `Bad ${unique()}`,
      startsAt: '2030-01-10T09:00:00Z',
      endsAt: '2030-01-10T12:00:00Z',
      communeCode: '14118',
      audiences: ['PARENT'],
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ endsAt: '2030-01-10T08:00:00Z' }, 'input.endsAt'],
      [{ communeCode: '75056' }, 'input.communeCode'],
      [{ online: true, communeCode: null }, 'input.url'],
      [{ capacity: 0 }, 'input.capacity'],
      [{ romeCodes: ['Z0000'] }, 'input.romeCodes'],
      [{ startsAt: 'demain' }, 'input.startsAt'],
    ];
    for (const [change, field] of cases) {
      const result = await gql(CREATE, { input: { ...base, ...change } }, { token: admin });
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const literal = await gql('{ events(filter: { from: "2026-02-30" }) { totalCount } }');
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await gql('{ events(first: 101) { totalCount } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('serves iCalendar feeds for one event and for a filtered list', async () => {
    const gateway = new URL(inject('gatewayUrl'));
    const ev = await createEvent();
    const one = await fetch(new URL(`/calendar/events/${ev.id}.ics`, gateway));
    expect(one.status).toBe(200);
    expect(one.headers.get('content-type')).toMatch(/text\/calendar/);
    const text = await one.text();
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain(`UID:${ev.id}@destination-metier`);
    const list = await fetch(new URL('/calendar/events.ics?department=76&kinds=CONSULTATION&from=2019-01-01', gateway));
    expect((await list.text()).match(/BEGIN:VEVENT/g)).toHaveLength(2); // Le Havre and Rouen
    const upcoming = await fetch(new URL('/calendar/events.ics?department=76&kinds=CONSULTATION', gateway));
    expect(await upcoming.text()).not.toContain('BEGIN:VEVENT'); // from today unless told otherwise
    const misspelt = await fetch(new URL('/calendar/events.ics?departement=14', gateway));
    expect(misspelt.status).toBe(400);
    expect(((await misspelt.json()) as any).errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'departement',
    });
    const bad = await fetch(new URL('/calendar/events.ics?department=99', gateway));
    expect(bad.status).toBe(400);
  });
});
