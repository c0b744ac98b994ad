import { adminToken, gql, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';
import { attendee, createEvent, REGISTER } from './helpers.ts';

describe('event statistics on the regional dashboard', () => {
  it('counts events, registrations, attendance and fill rate of a department and period', async () => {
    const QUERY = `query($f: DashboardFilter) { regionalDashboard(filter: $f) {
      charters { total }
      events { total cancelled registrations waitlisted attendanceRate fillRate byKind { kind count } byDepartment { department { code } events registrations } } } }`;
    const today = new Date().toISOString().slice(0, 10);
    const filter = { department: '50', from: today };
    const before = (
      await gql<{ regionalDashboard: { events: Record<string, any> } }>(
        QUERY,
        { f: filter },
        { token: await adminToken() },
      )
    ).data!.regionalDashboard.events;

    // An event that started an hour ago, with registration still open, so attendance can be recorded.
    const ev = await createEvent({
      kind: 'COMPANY_VISIT',
      communeCode: '50129',
      capacity: 4,
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
      registrationClosesAt: new Date(Date.now() + 1_800_000).toISOString(),
    });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await gql<{ registerForEvent: { id: string } }>(REGISTER, {
        input: { eventId: ev.id, attendee: attendee(`stat${i}-${unique()}@example.org`) },
      });
      ids.push(r.data!.registerForEvent.id);
    }
    const admin = await adminToken();
    const ATTEND = 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id attended } }';
    const came = await gql<{ recordAttendance: unknown[] }>(
      ATTEND,
      { input: { eventId: ev.id, registrationIds: ids.slice(0, 3), attended: true } },
      { token: admin },
    );
    expect(came.data!.recordAttendance).toHaveLength(3);
    // The waitlisted fifth registration cannot be marked: only confirmed ones are.
    const missed = await gql<{ recordAttendance: unknown[] }>(
      ATTEND,
      { input: { eventId: ev.id, registrationIds: ids.slice(3), attended: false } },
      { token: admin },
    );
    expect(missed.data!.recordAttendance).toHaveLength(1);

    const after = (
      await gql<{ regionalDashboard: { events: Record<string, any> } }>(QUERY, { f: filter }, { token: admin })
    ).data!.regionalDashboard.events;
    expect(after.total).toBe(before.total + 1);
    expect(after.registrations).toBe(before.registrations + 4);
    expect(after.waitlisted).toBe(before.waitlisted + 1);
    expect(after.attendanceRate).toBeGreaterThan(0);
    expect(after.attendanceRate).toBeLessThan(1);
    expect(after.fillRate).toBeGreaterThan(0);
    const sum = after.byKind.reduce((n: number, k: { count: number }) => n + k.count, 0);
    expect(sum).toBe(after.total);
    expect(after.byDepartment).toEqual([
      { department: { code: '50' }, events: after.total, registrations: after.registrations },
    ]);
  });
});
