// The canonical operations of the speed issue: what the public front-ends, the dashboards and partners
// ask most, as named GraphQL documents. The benchmark (`region.bench.ts`) measures them, its test
// (`operations.e2e.ts`) runs each once so that a schema change never breaks the benchmark silently, and
// the README can quote them. Variables hold the values the benchmark uses; they exist in the demo seed
// as well as at region scale.
import { companyId, demoCompanyKey, todayInParis } from '@dm/shared';

export type OperationName =
  'DestinationSearch' | 'DepartmentEvents' | 'RegionalDashboard' | 'AmbassadorsByTrade' | 'CompanyById';

export type Subgraph = 'companies' | 'events' | 'people' | 'access';

export interface Operation {
  name: OperationName;
  /** The document sent to the gateway. */
  document: string;
  variables: () => Record<string, unknown>;
  /** Who asks: the dashboard is for staff (admin); everything else is public. */
  caller: 'public' | 'admin';
  /**
   * The same operation sent straight to one subgraph: the whole of it when that subgraph can answer it
   * alone (`whole: true`), otherwise the part the gateway's first fetch asks that subgraph (the fields of
   * the other subgraphs reduced to the keys it returns), so that gateway ÷ subgraph is the price of the
   * gateway and of the other subgraphs' fetches.
   */
  subgraph: { name: Subgraph; document: string; whole: boolean };
  /** A list operation: the variable that sets its page size (statements per request at 1, 10, 100). */
  pageVariable?: string;
}

/** Caen's centroid (INSEE 14118). */
export const CAEN = { latitude: 49.18464, longitude: -0.37224 };

/** A demonstration company of Caen: in the demo seed, hence in every benchmark database. */
export const BENCH_COMPANY_ID = companyId(demoCompanyKey('14118', 0));

const destinationSearch = (extra: string) => `query DestinationSearch($near: NearInput!, $first: Int) {
  companies(filter: { near: $near, charterStatus: [ACTIVE, EXPIRING_SOON] }, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id
        name
        sector
        commune { code name }
        charter { status expiresOn commitments { kind theme } }${extra}
      }
    }
  }
}`;

const departmentEvents = (exhibitors: string, speakers: string) => `query DepartmentEvents(
  $department: String!
  $from: Date!
  $first: Int
) {
  events(filter: { department: $department, from: $from }, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        kind
        title
        startsAt
        endsAt
        online
        venue { name commune { code } }
        remainingSeats
        exhibitors { ${exhibitors} }
        speakers { ${speakers} }
      }
    }
  }
}`;

const dashboard = (otherSubgraphs: string) => `query RegionalDashboard($department: String!) {
  regionalDashboard(filter: { department: $department }) {
    scope
    charters {
      total
      companies
      renewals
      byStatus { status count }
      bySector { sector count }
      byCommitmentKind { kind theme count }
      signedByMonth { period count }
    }
    immersions { offers places remainingPlaces requests pending accepted declined acceptanceRate }${otherSubgraphs}
  }
}`;

const ambassadorsByTrade = (company: string, commune: string) => `query AmbassadorsByTrade(
  $romeCode: String!
  $department: String!
  $first: Int
) {
  ambassadors(filter: { romeCode: $romeCode, department: $department }, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        displayName
        jobTitle
        interventionKinds
        company { ${company} }
        commune { ${commune} }
      }
    }
  }
}`;

const companyById = `query CompanyById($id: ID!) {
  company(id: $id) {
    id
    name
    sector
    nafCode
    commune { code name department { code name } }
    charter { status signedOn expiresOn renewedCount commitments { kind theme } }
  }
}`;

export const operations: Operation[] = [
  {
    name: 'DestinationSearch',
    document: destinationSearch(`
        ambassadors(first: 5) { id displayName jobTitle metier { romeCode label } }
        events(first: 3) { id title startsAt venue { name } }`),
    variables: () => ({ near: { ...CAEN, radiusKm: 30 }, first: 20 }),
    caller: 'public',
    subgraph: { name: 'companies', document: destinationSearch(''), whole: false },
    pageVariable: 'first',
  },
  {
    name: 'DepartmentEvents',
    document: departmentEvents('id name charter { status }', 'id displayName jobTitle'),
    variables: () => ({ department: '14', from: todayInParis(), first: 20 }),
    caller: 'public',
    subgraph: { name: 'events', document: departmentEvents('id', 'id'), whole: false },
    pageVariable: 'first',
  },
  {
    name: 'RegionalDashboard',
    document: dashboard(`
    events { total cancelled registrations waitlisted attendanceRate fillRate byKind { kind count } }
    ambassadors { active byTradeFamily { family label count } }
    parentsCafes { held participants upcoming }
    contactRequests { sent answered expired medianResponseHours }`),
    variables: () => ({ department: '14' }),
    caller: 'admin',
    subgraph: { name: 'companies', document: dashboard(''), whole: false },
  },
  {
    name: 'AmbassadorsByTrade',
    document: ambassadorsByTrade('id name', 'code name'),
    // Bakers of Calvados: a trade of the demo seed's ambassadors there, and of the region-scale data.
    variables: () => ({ romeCode: 'D1102', department: '14', first: 20 }),
    caller: 'public',
    subgraph: { name: 'people', document: ambassadorsByTrade('id', 'code'), whole: false },
    pageVariable: 'first',
  },
  {
    name: 'CompanyById',
    document: companyById,
    variables: () => ({ id: BENCH_COMPANY_ID }),
    caller: 'public',
    subgraph: { name: 'companies', document: companyById, whole: true },
  },
];

export const operation = (name: OperationName): Operation => operations.find((o) => o.name === name)!;
