import { adminToken, gql, token, unique } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';
import { createEvent } from '../../services/events/test/helpers.ts';

type Answer = { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
const refused = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

describe('why a charter ended and why an event was cancelled', () => {
  it('shows the termination reason to the company and the staff who manage it only', async () => {
    const admin = await adminToken();
    const company = await gql<{ registerCompany: { id: string } }>(
      'mutation($name: String!) { registerCompany(input: { name: $name, communeCode: "14118" }) { id } }',
      { name: `Atelier ${unique()}` },
      { token: admin },
    );
    const companyId = company.data!.registerCompany.id;
    const signed = await gql<{ signCharter: { id: string } }>(
      'mutation($c: ID!) { signCharter(input: { companyId: $c, commitments: [{ kind: AMBASSADOR_NETWORK }, { kind: COMPANY_VISIT }] }) { id } }',
      { c: companyId },
      { token: admin },
    );
    const id = signed.data!.signCharter.id;
    const ended = await gql<{ terminateCharter: { status: string; terminationReason: string } }>(
      'mutation($id: ID!) { terminateCharter(id: $id, reason: "Cessation d’activité") { status terminationReason } }',
      { id },
      { token: admin },
    );
    expect(ended.data!.terminateCharter).toEqual({ status: 'TERMINATED', terminationReason: 'Cessation d’activité' });
    const READ = 'query($id: ID!) { company(id: $id) { name charter { status terminationReason } } }';
    for (const who of [
      await token({ role: 'company', company: companyId }),
      await token({ role: 'coordinator', departments: ['14'] }),
    ]) {
      const read = await gql<{ company: { charter: { terminationReason: string } } }>(
        READ,
        { id: companyId },
        { token: who },
      );
      expect(read.data!.company.charter.terminationReason).toBe('Cessation d’activité');
    }
    for (const who of [undefined, await token({ role: 'coordinator', departments: ['76'] })]) {
      const read = (await gql(READ, { id: companyId }, who ? { token: who } : {})) as Answer & {
        data: { company: { name: string; charter: { status: string; terminationReason: string | null } } };
      };
      expect(refused(read)).toBe('FORBIDDEN');
      expect(read.data.company.charter).toEqual({ status: 'TERMINATED', terminationReason: null });
    }
  });

  it('shows the cancellation reason to those who manage the event only', async () => {
    const admin = await adminToken();
    const event = await createEvent();
    const cancelled = await gql<{ cancelEvent: { status: string; cancellationReason: string } }>(
      'mutation($id: ID!) { cancelEvent(id: $id, reason: "Salle indisponible") { status cancellationReason } }',
      { id: event.id },
      { token: admin },
    );
    expect(cancelled.data!.cancelEvent).toEqual({ status: 'CANCELLED', cancellationReason: 'Salle indisponible' });
    const READ = 'query($id: ID!) { event(id: $id) { title cancellationReason } }';
    const staff = await gql<{ event: { cancellationReason: string } }>(
      READ,
      { id: event.id },
      {
        token: await token({ role: 'referent', person: '00000000-0000-4000-8000-000000000001', departments: ['14'] }),
      },
    );
    expect(staff.data!.event.cancellationReason).toBe('Salle indisponible');
    const stranger = (await gql(READ, { id: event.id })) as Answer & { data: { event: Record<string, unknown> } };
    expect(refused(stranger)).toBe('FORBIDDEN');
    expect(stranger.data.event).toEqual({ title: event.title, cancellationReason: null });
  });
});
