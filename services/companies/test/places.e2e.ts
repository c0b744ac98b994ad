import { adminToken, gql, token } from '@dm/testing/stack';
import { describe, expect, it } from 'vitest';

type Place = {
  id: string;
  kind: string;
  name: string;
  address: string | null;
  phone: string | null;
  demonstration: boolean;
  commune: { code: string; name: string } | null;
  department: { code: string } | null;
  epci: { siren: string; name: string } | null;
  services: string[];
};
type Places = { orientationPlaces: { totalCount: number; edges: { node: Place }[] } };

const FIELDS =
  'id kind name address phone demonstration commune { code name } department { code } epci { siren name } services';
const LIST = `query($filter: OrientationPlaceFilter, $after: String) {
  orientationPlaces(filter: $filter, first: 100, after: $after) { totalCount edges { node { ${FIELDS} } } }
}`;
const CREATE = `mutation($input: OrientationPlaceInput!) { createOrientationPlace(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: OrientationPlaceInput!) { updateOrientationPlace(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteOrientationPlace(id: $id) }';

const list = async (filter: object) =>
  (await gql<Places>(LIST, { filter })).data!.orientationPlaces.edges.map((e) => e.node);

describe('orientation places', () => {
  it('lists the reception desks of Rouen and Caen and the Parcours-Métiers line as facts, without invented details', async () => {
    const facts = (await list({})).filter((p) => !p.demonstration);
    const desks = facts.filter((p) => p.kind === 'RECEPTION_DESK');
    expect(desks.map((p) => p.commune?.name).sort()).toEqual(['Caen', 'Rouen']);
    expect(desks.every((p) => p.address === null && p.phone === null)).toBe(true);
    const line = facts.find((p) => p.kind === 'PHONE_LINE');
    expect(line).toMatchObject({ name: 'Parcours-Métiers', commune: null, department: null, phone: null });
    const caen = desks.find((p) => p.commune?.code === '14118')!;
    expect(caen.epci).toEqual({ siren: '200065597', name: 'CU Caen la Mer' });
  });

  it('shows an école de production in each department and finds places by kind, department, EPCI and distance', async () => {
    const schools = await list({ kinds: ['ECOLE_DE_PRODUCTION'] });
    expect(new Set(schools.map((p) => p.department?.code))).toEqual(new Set(['14', '27', '50', '61', '76']));
    expect(schools.every((p) => p.demonstration)).toBe(true);

    const manche = await list({ department: '50' });
    expect(manche.length).toBeGreaterThan(0);
    expect(manche.every((p) => p.department?.code === '50')).toBe(true);

    const caenLaMer = await list({ epci: '200065597' });
    expect(caenLaMer.map((p) => p.commune?.code)).toContain('14118');
    expect(caenLaMer.every((p) => p.epci?.siren === '200065597')).toBe(true);

    const nearRouen = await list({ near: { latitude: 49.4431, longitude: 1.0993, radiusKm: 10 } });
    expect(nearRouen.map((p) => p.commune?.name)).toContain('Rouen');
    expect(nearRouen.some((p) => p.commune?.name === 'Caen')).toBe(false);
  });

  it('refuses an unknown EPCI, department or kind with the field named', async () => {
    const epci = await gql(LIST, { filter: { epci: '123456789' } });
    expect(epci.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.epci' });
    const department = await gql(LIST, { filter: { department: '75' } });
    expect(department.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.department' });
  });

  it('lets staff of the department record, change and remove a place; nobody else', async () => {
    const input = {
      kind: 'ECOLE_DE_PRODUCTION',
      name: 'École de production de Granville',
      communeCode: '50218',
      phone: '+33 2 33 00 00 00',
      url: 'https://ecole.example.org/granville',
      services: ['usinage', 'usinage', ' ', 'soudure'],
    };
    const anonymous = await gql(CREATE, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const calvados = await gql(CREATE, { input }, { token: await token({ role: 'coordinator', departments: ['14'] }) });
    expect(calvados.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const manche = await token({ role: 'coordinator', departments: ['50'] });
    const created = await gql<{ createOrientationPlace: Place }>(CREATE, { input }, { token: manche });
    expect(created.errors).toBeUndefined();
    const place = created.data!.createOrientationPlace;
    expect(place).toMatchObject({
      phone: '02 33 00 00 00',
      department: { code: '50' },
      demonstration: false,
      services: ['usinage', 'soudure'],
    });
    expect(place.epci?.siren).toMatch(/^\d{9}$/);
    expect((await list({ department: '50', kinds: ['ECOLE_DE_PRODUCTION'] })).map((p) => p.id)).toContain(place.id);

    const moveAway = await gql(UPDATE, { id: place.id, input: { ...input, communeCode: '14118' } }, { token: manche });
    expect(moveAway.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const renamed = await gql<{ updateOrientationPlace: Place }>(
      UPDATE,
      { id: place.id, input: { ...input, name: 'École de production du Sud-Manche', phone: null } },
      { token: manche },
    );
    expect(renamed.data?.updateOrientationPlace).toMatchObject({
      name: 'École de production du Sud-Manche',
      phone: null,
    });

    const removed = await gql<{ deleteOrientationPlace: string }>(DELETE, { id: place.id }, { token: manche });
    expect(removed.data?.deleteOrientationPlace).toBe(place.id);
    const gone = await gql(DELETE, { id: place.id }, { token: manche });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad places with the field named; the region-wide line is the admins’ alone', async () => {
    const admin = await adminToken();
    const cases: [object, string][] = [
      [{ kind: 'LOCAL_RELAY', name: 'Relais' }, 'input.communeCode'],
      [{ kind: 'LOCAL_RELAY', name: 'Relais', communeCode: '99999' }, 'input.communeCode'],
      [{ kind: 'LOCAL_RELAY', name: 'Relais', communeCode: '14118', phone: '12345' }, 'input.phone'],
      [{ kind: 'LOCAL_RELAY', name: 'Relais', communeCode: '14118', url: 'javascript:alert(1)' }, 'input.url'],
      [{ kind: 'LOCAL_RELAY', name: ' ', communeCode: '14118' }, 'input.name'],
    ];
    for (const [input, field] of cases) {
      const result = await gql(CREATE, { input }, { token: admin });
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const line = { kind: 'PHONE_LINE', name: 'Ligne test', phone: '0 800 00 00 00' };
    const coordinator = await gql(
      CREATE,
      { input: line },
      { token: await token({ role: 'coordinator', departments: ['14'] }) },
    );
    expect(coordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const created = await gql<{ createOrientationPlace: Place }>(CREATE, { input: line }, { token: admin });
    expect(created.data?.createOrientationPlace).toMatchObject({ phone: '08 00 00 00 00', commune: null });
    await gql(DELETE, { id: created.data!.createOrientationPlace.id }, { token: admin });
  });
});
