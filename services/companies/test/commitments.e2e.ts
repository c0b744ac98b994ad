import { addDays, addYears, todayInParis } from '@dm/shared';
import { frenchDate } from '@dm/shared/mail';
import { sql } from '@dm/shared/orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FALLBACK, type MailStack, ok, SITE, startMailStack } from './mail-stack.ts';

const REGISTER = 'mutation($input: RegisterCompanyInput!) { registerCompany(input: $input) { id } }';
const SIGN = 'mutation($input: SignCharterInput!) { signCharter(input: $input) { id expiresOn } }';
const RECORD = `mutation($input: RecordCommitmentActionInput!) { recordCommitmentAction(input: $input) { id } }`;
const FOLLOW_UP = `query($id: ID!) { company(id: $id) { charter { commitmentsMet followUpFrom followUpTo
  commitments { kind met actions { occurredOn } } } } }`;

interface FollowUp {
  commitmentsMet: boolean;
  followUpFrom: string;
  followUpTo: string;
  commitments: { kind: string; met: boolean; actions: { occurredOn: string }[] }[];
}

// Commitments followed over the charter's term, counted on the dashboard; charters about to expire told to the
// company and its referent, once; charter applications' contacts purged. Real mail, a clock the test moves.
describe('the follow-up of charters', () => {
  let t: MailStack;
  let admin: string;
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const address = (who: string) => `${who}-${tag}@example.org`;

  beforeAll(async () => {
    t = await startMailStack();
    admin = await t.token({ role: 'admin', subject: 'admin:test' });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const register = async (name: string, contactEmail: string | null = null, communeCode = '14118') =>
    ok<{ registerCompany: { id: string } }>(
      await t.gql(REGISTER, { input: { name, communeCode, contactEmail } }, { token: admin }),
    ).registerCompany.id;

  const followUp = async (companyId: string) =>
    ok<{ company: { charter: FollowUp } }>(await t.gql(FOLLOW_UP, { id: companyId })).company.charter;

  it('shows each commitment met once an action of its kind took place in the term, and counts them on the dashboard', async () => {
    const today = todayInParis(t.now());
    const signedOn = addDays(today, -100);
    const keeps = await register('Boulangerie Tenue');
    const charterId = ok<{ signCharter: { id: string } }>(
      await t.gql(
        SIGN,
        { input: { companyId: keeps, signedOn, commitments: [{ kind: 'IMMERSION_HOSTING' }, { kind: 'FORUM' }] } },
        { token: admin },
      ),
    ).signCharter.id;
    const idle = await register('Garage Oisif', null, '76540');
    ok(
      await t.gql(
        SIGN,
        {
          input: {
            companyId: idle,
            signedOn,
            commitments: [{ kind: 'AMBASSADOR_NETWORK' }, { kind: 'COMPANY_VISIT' }],
          },
        },
        { token: admin },
      ),
    );

    const before = await followUp(keeps);
    expect(before).toMatchObject({ commitmentsMet: false, followUpFrom: signedOn, followUpTo: addYears(signedOn, 2) });
    expect(before.commitments.map((c) => [c.kind, c.met])).toEqual([
      ['FORUM', false],
      ['IMMERSION_HOSTING', false],
    ]);

    const action = (kind: string, occurredOn: string) =>
      t.gql(
        RECORD,
        { input: { charterId, kind, occurredOn, description: 'Forum des métiers de Caen', participants: 40 } },
        { token: admin },
      );
    ok(await action('FORUM', addDays(today, -30)));
    const half = await followUp(keeps);
    expect(half.commitmentsMet).toBe(false);
    expect(half.commitments.map((c) => [c.kind, c.met])).toEqual([
      ['FORUM', true],
      ['IMMERSION_HOSTING', false],
    ]);
    ok(await action('IMMERSION_HOSTING', addDays(today, -2)));
    ok(await action('FORUM', addDays(today, -1)));
    const met = await followUp(keeps);
    expect(met.commitmentsMet).toBe(true);
    expect(met.commitments.every((c) => c.met)).toBe(true);

    const DASHBOARD = `query($filter: DashboardFilter) { regionalDashboard(filter: $filter) { charters {
      total meetingCommitments meetingCommitmentsShare actionsByKind { kind theme count }
      followUpByDepartment { department { code } charters meetingCommitments meetingCommitmentsShare actions }
      followUpByEpci { epci { siren } charters meetingCommitments actions } } } }`;
    const region = ok<{ regionalDashboard: { charters: Record<string, unknown> } }>(
      await t.gql(DASHBOARD, {}, { token: admin }),
    ).regionalDashboard.charters;
    expect(region).toMatchObject({
      total: 2,
      meetingCommitments: 1,
      meetingCommitmentsShare: 0.5,
      actionsByKind: [
        { kind: 'FORUM', theme: 'PARTICIPATE', count: 2 },
        { kind: 'IMMERSION_HOSTING', theme: 'REGIONAL_SCHEME', count: 1 },
      ],
      followUpByDepartment: [
        { department: { code: '14' }, charters: 1, meetingCommitments: 1, meetingCommitmentsShare: 1, actions: 3 },
        { department: { code: '76' }, charters: 1, meetingCommitments: 0, meetingCommitmentsShare: 0, actions: 0 },
      ],
    });
    expect(region.followUpByEpci).toHaveLength(2);
    // A period counts the actions that took place in it; a department, its own companies.
    const lastWeek = ok<{ regionalDashboard: { charters: Record<string, unknown> } }>(
      await t.gql(DASHBOARD, { filter: { department: '14', from: addDays(today, -7), to: today } }, { token: admin }),
    ).regionalDashboard.charters;
    expect(lastWeek).toMatchObject({
      total: 0,
      meetingCommitmentsShare: null,
      actionsByKind: [
        { kind: 'FORUM', count: 1 },
        { kind: 'IMMERSION_HOSTING', count: 1 },
      ],
    });

    // The public sees whether commitments are met, not the dashboard.
    const anonymous = await t.gql('{ regionalDashboard { charters { meetingCommitments } } }', {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBeDefined();
  });

  it('tells the company and its referent once that the charter ends within 90 days, and again after a renewal', async () => {
    const referentEmail = address('referente');
    // The people subgraph has no mutation creating referents (they come with its reference data): one is added.
    const inserted = await t.stack.database.db.execute(
      sql`insert into people.referent (full_name, email, organisation, role, departments)
          values ('Inès Lefèvre', ${referentEmail}, 'AGENCY', 'PROXIMITY_REFERENT', array['14']) returning id`,
    );
    const rows = (Array.isArray(inserted) ? inserted : (inserted as { rows: unknown[] }).rows) as { id: string }[];
    const referentId = rows[0]!.id;
    const contact = address('direction');
    const companyId = await register('Charpente Échéance', contact);
    const today = todayInParis(t.now());
    const signedOn = addDays(addYears(today, -2), 60);
    const charter = ok<{ signCharter: { id: string; expiresOn: string } }>(
      await t.gql(
        SIGN,
        {
          input: {
            companyId,
            signedOn,
            referentId,
            commitments: [{ kind: 'AMBASSADOR_NETWORK' }, { kind: 'FORUM' }],
          },
        },
        { token: admin },
      ),
    ).signCharter;
    // A company without an address is told at the agency's.
    const silent = await register('Scierie Muette');
    ok(
      await t.gql(
        SIGN,
        { input: { companyId: silent, signedOn, commitments: [{ kind: 'IMMERSION_HOSTING' }, { kind: 'FORUM' }] } },
        { token: admin },
      ),
    );

    // Two replicas sweeping at once tell each party once.
    await Promise.all([t.sweep(), t.sweep()]);
    await t.sweep();
    const toCompany = t.smtp.to(contact).filter((m) => m.subject.startsWith('Votre charte'));
    expect(toCompany).toHaveLength(1);
    expect(toCompany[0]!.subject).toBe(
      `Votre charte « Fabrique des Compétences » prend fin le ${frenchDate(charter.expiresOn)}`,
    );
    expect(toCompany[0]!.text).toContain('Charpente Échéance');
    expect(toCompany[0]!.text).toContain(`${SITE}/entreprise/charte/${charter.id}`);
    expect(toCompany[0]!.text).not.toContain(referentEmail);
    const toReferent = t.smtp.to(referentEmail);
    expect(toReferent).toHaveLength(1);
    expect(toReferent[0]!.text).toContain('Bonjour Inès Lefèvre');
    expect(toReferent[0]!.text).toContain('Charpente Échéance, que vous accompagnez');
    expect(toReferent[0]!.text).not.toContain(contact);
    for (const m of [...toCompany, ...toReferent]) expect(m.text).not.toMatch(/AMBASSADOR|FORUM|ACTIVE|EXPIRING/);
    expect(t.smtp.to(FALLBACK).filter((m) => m.text.includes('Scierie Muette'))).toHaveLength(1);

    // Renewed, it ends two years later: nothing until that expiry comes within 90 days.
    ok(await t.gql('mutation($id: ID!) { renewCharter(id: $id) { id } }', { id: charter.id }, { token: admin }));
    await t.sweep();
    expect(t.smtp.to(contact).filter((m) => m.subject.startsWith('Votre charte'))).toHaveLength(1);
    t.travel(2 * 365 - 20);
    await t.sweep();
    await t.sweep();
    expect(t.smtp.to(contact).filter((m) => m.subject.startsWith('Votre charte'))).toHaveLength(2);
    expect(t.smtp.to(referentEmail)).toHaveLength(2);
  });
});
