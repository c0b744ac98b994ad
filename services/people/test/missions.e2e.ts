import { adminToken, gql, token } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

const RECORD = `mutation($input: CoordinatorActionInput!) {
  recordCoordinatorAction(input: $input) { id mission title occurredOn participants commune { code } coordinator { fullName } }
}`;
const TERRITORY = `mutation($input: CoordinatorTerritoryInput!) {
  setCoordinatorTerritory(input: $input) { departments { code } epcis { siren name } }
}`;
const DASHBOARD = `query($filter: DashboardFilter) {
  regionalDashboard(filter: $filter) { coordinatorActions { total participants byMission { mission count } } }
}`;
type Dashboard = {
  regionalDashboard: {
    coordinatorActions: { total: number; participants: number; byMission: { mission: string; count: number }[] };
  };
};

async function coordinator(name: string) {
  const { data } = await gql<{ referents: { edges: { node: { id: string; fullName: string } }[] } }>(
    '{ referents(first: 100) { edges { node { id fullName } } } }',
  );
  return data!.referents.edges.find((e) => e.node.fullName.startsWith(name))!.node.id;
}

describe('coordinators’ missions', () => {
  it('records a coordinator’s action in their territory and counts it on the dashboard by mission', async () => {
    const admin = await adminToken();
    const west = await coordinator('Coordination Ouest');
    const dashboard = async () =>
      (await gql<Dashboard>(DASHBOARD, { filter: { department: '50', from: '2026-01-01' } }, { token: admin })).data!
        .regionalDashboard.coordinatorActions;
    const before = await dashboard();
    expect(before.byMission.map((m) => m.mission)).toEqual([
      'INFORMATION_PROMOTION',
      'PROFESSIONALS_AND_FAMILIES_SUPPORT',
      'NETWORK_ANIMATION',
      'DROPOUT_AND_VAE',
    ]);

    const self = await token({ role: 'coordinator', departments: ['14', '50', '61'], person: west });
    const input = {
      mission: 'NETWORK_ANIMATION',
      title: 'Réunion du réseau local à Saint-Lô',
      occurredOn: '2026-11-02',
      communeCode: '50502',
      participants: 14,
    };
    const recorded = await gql<{
      recordCoordinatorAction: { commune: { code: string }; coordinator: { fullName: string } };
    }>(RECORD, { input }, { token: self });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordCoordinatorAction.coordinator.fullName).toMatch(/^Coordination Ouest/);

    const after = await dashboard();
    expect(after.total).toBe(before.total + 1);
    expect(after.participants).toBe(before.participants + 14);
    const network = (d: typeof after) => d.byMission.find((m) => m.mission === 'NETWORK_ANIMATION')!.count;
    expect(network(after)).toBe(network(before) + 1);
    expect(after.total).toBe(after.byMission.reduce((n, m) => n + m.count, 0));

    const actions = await gql<{ referent: { actions: { edges: { node: { title: string } }[] } } }>(
      'query($id: ID!) { referent(id: $id) { actions(first: 5) { edges { node { title } } } } }',
      { id: west },
      { token: admin },
    );
    expect(actions.data?.referent.actions.edges.map((e) => e.node.title)).toContain(
      'Réunion du réseau local à Saint-Lô',
    );
    const hidden = await gql<{ referent: { actions: null } }>(
      'query($id: ID!) { referent(id: $id) { fullName actions { totalCount } } }',
      { id: west },
    );
    expect(hidden.data?.referent.actions).toBeNull();
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an action outside the territory, in the future, or for someone else', async () => {
    const west = await coordinator('Coordination Ouest');
    const east = await coordinator('Coordination Est');
    const self = await token({ role: 'coordinator', departments: ['14', '50', '61'], person: west });
    const base = { mission: 'INFORMATION_PROMOTION', title: 'Forum', occurredOn: '2026-10-01', communeCode: '14118' };
    const outside = await gql(RECORD, { input: { ...base, communeCode: '76540' } }, { token: self });
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.communeCode' });
    const future = await gql(RECORD, { input: { ...base, occurredOn: '2999-01-01' } }, { token: self });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.occurredOn' });
    const other = await gql(RECORD, { input: { ...base, coordinatorId: east, communeCode: '76540' } }, { token: self });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('narrows a territory to intercommunalities within its departments, admins only', async () => {
    const admin = await adminToken();
    const west = await coordinator('Coordination Ouest');
    const narrowed = await gql<{ setCoordinatorTerritory: { epcis: { siren: string }[] } }>(
      TERRITORY,
      { input: { coordinatorId: west, departments: ['14', '50', '61'], epcis: ['200065597', '200067205'] } },
      { token: admin },
    );
    expect(narrowed.data?.setCoordinatorTerritory.epcis.map((e) => e.siren)).toEqual(['200065597', '200067205']);
    const self = await token({ role: 'coordinator', departments: ['14', '50', '61'], person: west });
    const lisieux = await gql(
      RECORD,
      { input: { mission: 'DROPOUT_AND_VAE', title: 'Permanence', occurredOn: '2026-10-01', communeCode: '14366' } },
      { token: self },
    );
    expect(lisieux.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.communeCode' });

    const rouen = await gql(
      TERRITORY,
      { input: { coordinatorId: west, departments: ['14'], epcis: ['200023414'] } },
      { token: admin },
    );
    expect(rouen.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.epcis.0' });
    const byCoordinator = await gql(
      TERRITORY,
      { input: { coordinatorId: west, departments: ['14'] } },
      { token: self },
    );
    expect(byCoordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await gql(TERRITORY, { input: { coordinatorId: west, departments: ['14', '50', '61'] } }, { token: admin });
  });
});
