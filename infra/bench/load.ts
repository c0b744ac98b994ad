// The region-scale data of the benchmark, written in seconds by `INSERT ... SELECT ... generate_series`
// (never through mutations), one function per subgraph, each into that subgraph's own Postgres schema
// only. Rows link across subgraphs the way federation does, by id: every id is derived from a number
// (`md5('bench:company:' || n)::uuid`), so the people and events loaders name companies without reading
// the companies schema. The derived columns (folded search text, sort names, department codes,
// coordinates, schedules) are filled the way the application fills them (`companyDerived`,
// `ambassadorDerived`, `timedSchedule`, ...): the words are folded in JavaScript with the application's
// `foldText`, and SQL only joins them. Counters the application keeps on write are left to
// `refreshDerived`, which the benchmark calls after loading.
//
// Every insert names only the columns its table has (read from information_schema), so that the same
// loader fills an older commit's database (BENCH_BASELINE); a table that does not exist is skipped.
import { addDays, type Database, foldText, todayInParis } from '@dm/shared';
import { communes, departments, metiers } from '@dm/shared/reference';
import { type SQL, sql } from '@dm/shared/orm';

/** How many rows of each kind. */
export interface Scale {
  companies: number;
  ambassadors: number;
  events: number;
  registrations: number;
  immersionOffers: number;
  immersionRequests: number;
  contactRequests: number;
  parentsCafes: number;
  cafeRegistrations: number;
  referents: number;
  apiKeys: number;
}

/**
 * The published network a few years in (DOMAIN.md, "Scale to plan for"): 340 companies, 640 ambassadors,
 * 140 immersions a year; events, registrations, requests and cafés in the proportions of the demo seed
 * and of the agency's programme.
 */
export const LIVE_NETWORK: Scale = {
  companies: 340,
  ambassadors: 640,
  events: 100,
  registrations: 3000,
  immersionOffers: 140,
  immersionRequests: 350,
  contactRequests: 640,
  parentsCafes: 30,
  cafeRegistrations: 360,
  referents: 5,
  apiKeys: 2,
};

/** `times` the live network (100: the region scale the design plans for). */
export function scaleOf(times: number): Scale {
  const scaled = Object.fromEntries(
    Object.entries(LIVE_NETWORK).map(([k, v]) => [k, Math.max(1, Math.round(v * times))]),
  ) as unknown as Scale;
  // Staff grow slower than the network: one referent a department at the live size, ten at 100 times.
  scaled.referents = Math.min(50, Math.max(5, Math.round(LIVE_NETWORK.referents * Math.sqrt(times))));
  return scaled;
}

export interface LoadOptions {
  /** Statuses and dates are computed against this day (Europe/Paris); today by default. */
  today?: string;
  now?: Date;
}

export interface LoadReport {
  /** Rows of each table after loading (seed rows included). */
  rows: Record<string, number>;
  /** Tables the loader knows that the database does not have (an older or newer schema). */
  skipped: string[];
  seconds: number;
}

// ---------------------------------------------------------------------------------------------------
// Reference data, folded in JavaScript with the application's own function and handed to SQL as JSON.

/** The trades of the invented companies: sector, NAF code, ROME codes, name prefix and job titles. */
const TRADES = [
  {
    prefix: 'Boulangerie',
    sector: 'Boulangerie',
    naf: '10.71C',
    rome: ['D1102', 'D1104'],
    jobs: ['Boulanger', 'Pâtissière'],
  },
  { prefix: 'Menuiserie', sector: 'Bâtiment', naf: '43.32A', rome: ['F1607', 'H2206'], jobs: ['Menuisière', 'Poseur'] },
  { prefix: 'Maçonnerie', sector: 'Bâtiment', naf: '43.99C', rome: ['F1703', 'F1603'], jobs: ['Maçon', 'Plombière'] },
  {
    prefix: 'Usinage',
    sector: 'Industrie',
    naf: '25.62B',
    rome: ['H2909', 'H2903'],
    jobs: ['Monteuse-assembleuse', 'Usineur'],
  },
  {
    prefix: 'Plasturgie',
    sector: 'Industrie',
    naf: '22.29A',
    rome: ['H2906', 'H3203'],
    jobs: ['Conducteur de ligne', 'Régleuse'],
  },
  {
    prefix: 'Aide à domicile',
    sector: 'Soins et aide à la personne',
    naf: '88.10A',
    rome: ['K1302', 'K1304'],
    jobs: ['Aide à domicile', 'Auxiliaire de vie'],
  },
  {
    prefix: 'Brasserie',
    sector: 'Hôtellerie-restauration',
    naf: '56.10A',
    rome: ['G1602', 'G1803'],
    jobs: ['Cuisinier', 'Serveuse'],
  },
  {
    prefix: 'Transports',
    sector: 'Transport et logistique',
    naf: '49.41A',
    rome: ['N4101', 'N1103'],
    jobs: ['Conductrice routière', 'Préparateur de commandes'],
  },
  {
    prefix: 'Logiciels',
    sector: 'Numérique',
    naf: '62.01Z',
    rome: ['M1805', 'M1810'],
    jobs: ['Développeuse', 'Technicien support'],
  },
  {
    prefix: 'Ferme',
    sector: 'Agriculture',
    naf: '01.41Z',
    rome: ['A1407', 'A1416'],
    jobs: ['Éleveur laitier', 'Agricultrice'],
  },
  {
    prefix: 'Chantier naval',
    sector: 'Maritime',
    naf: '30.11Z',
    rome: ['I1601', 'H2913'],
    jobs: ['Technicien naval', 'Soudeuse'],
  },
  {
    prefix: 'Épicerie',
    sector: 'Commerce',
    naf: '47.11F',
    rome: ['D1507', 'D1106'],
    jobs: ['Chef de rayon', 'Vendeuse'],
  },
  {
    prefix: 'Garage',
    sector: 'Automobile',
    naf: '45.20A',
    rome: ['I1604', 'H2901'],
    jobs: ['Mécanicienne', 'Carrossier'],
  },
  {
    prefix: 'Électricité',
    sector: 'Bâtiment',
    naf: '43.21A',
    rome: ['F1602', 'I1309'],
    jobs: ['Électricien', 'Électricienne'],
  },
  {
    prefix: 'Laboratoire',
    sector: 'Santé',
    naf: '21.20Z',
    rome: ['H1503', 'H2301'],
    jobs: ['Technicienne de laboratoire', 'Opérateur de production'],
  },
  {
    prefix: 'Coiffure',
    sector: 'Services à la personne',
    naf: '96.02A',
    rome: ['D1202', 'D1208'],
    jobs: ['Coiffeuse', 'Esthéticienne'],
  },
];
const SURNAMES = ['Lefebvre', 'Martin', 'Duval', 'Lecomte', 'Hébert', 'Lesage', 'Guérin', 'Féron', 'Marie', 'Leroy'];
const SURNAMES_MORE = ['Moreau', 'Lemoine', 'Legrand', 'Renaud', 'Lebrun', 'Vautier', 'Osmont', 'Lenoir', 'Picard'];
const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Hugo',
  'Manon',
  'Lucas',
  'Chloé',
  'Nathan',
  'Inès',
  'Théo',
  'Jade',
  'Louis',
  'Emma',
  'Arthur',
  'Sarah',
  'Jules',
  'Lina',
  'Gabriel',
  'Zoé',
  'Raphaël',
  'Alice',
];
const INTERVENTION_KINDS = [
  'CLASS_TALK',
  'FORUM_STAND',
  'COMPANY_VISIT',
  'PHONE_CALL',
  'ONLINE_TALK',
  'IMMERSION_TUTORING',
  'PARENTS_CAFE',
];
const THEME_KINDS = [
  'PARENT_ACTION',
  'SPONSORSHIP',
  'COMPANY_VISIT',
  'TRAINING_COOPERATION',
  'STUDENT_INTERNSHIP',
  'ADULT_IMMERSION',
  'TEACHER_DEVELOPMENT',
  'CLASS_HOSTING',
  'FORUM',
  'DIPLOMA_CEREMONY',
  'SCHOOL_INTERVENTION',
  'JOB_OFFER_POSTING',
];
/** Event kinds with their share (out of 100), title, audiences, seats and themes. */
const EVENT_KINDS: {
  kind: string;
  share: number;
  title: string;
  audiences: string[];
  seats: number | null;
  themes: string[];
}[] = [
  {
    kind: 'FORUM',
    share: 14,
    title: 'Forum des métiers',
    audiences: ['COLLEGE_PUPIL', 'LYCEE_PUPIL', 'PARENT'],
    seats: 300,
    themes: ['Tous secteurs'],
  },
  {
    kind: 'COMPANY_VISIT',
    share: 20,
    title: "Visite d'entreprise",
    audiences: ['COLLEGE_PUPIL', 'TEACHER'],
    seats: 25,
    themes: [],
  },
  {
    kind: 'SCHOOL_INTERVENTION',
    share: 18,
    title: 'Intervention en classe : un métier, un parcours',
    audiences: ['COLLEGE_PUPIL'],
    seats: 30,
    themes: [],
  },
  {
    kind: 'THEMATIC_WEEK',
    share: 6,
    title: "Semaine de l'industrie : portes ouvertes",
    audiences: ['LYCEE_PUPIL', 'APPRENTICE', 'JOB_SEEKER'],
    seats: 60,
    themes: ['Industrie'],
  },
  {
    kind: 'INFORMATION_SESSION',
    share: 10,
    title: "Séance d'information métiers",
    audiences: ['JOB_SEEKER', 'CAREER_CHANGER', 'PARENT'],
    seats: 15,
    themes: [],
  },
  {
    kind: 'TEACHER_WORKSHOP',
    share: 6,
    title: 'Atelier information-métiers pour les enseignants',
    audiences: ['TEACHER'],
    seats: 20,
    themes: [],
  },
  {
    kind: 'NETWORK_MEETING',
    share: 5,
    title: 'Temps fédérateur du réseau Fabrique des Compétences',
    audiences: ['COMPANY'],
    seats: 40,
    themes: ['Bonnes pratiques'],
  },
  {
    kind: 'PROFESSIONAL_DEVELOPMENT',
    share: 5,
    title: 'Temps de professionnalisation : emploi, formation, orientation',
    audiences: ['COMPANY', 'ORIENTATION_PROFESSIONAL'],
    seats: 30,
    themes: [],
  },
  {
    kind: 'DIPLOMA_CEREMONY',
    share: 4,
    title: 'Remise de diplômes des apprentis',
    audiences: ['APPRENTICE', 'PARENT'],
    seats: 150,
    themes: [],
  },
  {
    kind: 'PARENTS_FORUM',
    share: 6,
    title: 'Parents témoins de leur métier : forum au collège',
    audiences: ['COLLEGE_PUPIL', 'PARENT'],
    seats: 120,
    themes: [],
  },
  {
    kind: 'VIRTUAL_FAIR',
    share: 2,
    title: 'Salon virtuel de la seconde orientation',
    audiences: ['STUDENT', 'LYCEE_PUPIL'],
    seats: null,
    themes: [],
  },
  {
    kind: 'OLYMPIADES_SELECTION',
    share: 1,
    title: 'Sélections régionales des Olympiades des Métiers',
    audiences: ['APPRENTICE', 'LYCEE_PUPIL'],
    seats: 500,
    themes: [],
  },
  {
    kind: 'REGIONAL_EVENT',
    share: 1,
    title: 'Évènement régional des métiers',
    audiences: ['LYCEE_PUPIL', 'PARENT', 'JOB_SEEKER'],
    seats: null,
    themes: [],
  },
  {
    kind: 'VAE_WEEK',
    share: 1,
    title: 'Semaine de la VAE : permanence',
    audiences: ['JOB_SEEKER', 'EMPLOYEE', 'CAREER_CHANGER'],
    seats: null,
    themes: [],
  },
  {
    kind: 'CONSULTATION',
    share: 1,
    title: "Assises de l'orientation : réunion publique",
    audiences: ['PARENT', 'TEACHER'],
    seats: 200,
    themes: [],
  },
];
const DEPARTMENTS = [...departments.keys()];

/** Communes with a centroid, and slots that weigh them by population (companies gather in towns). */
function communeData() {
  const list = [...communes.values()].filter((c) => c.latitude !== null && c.longitude !== null);
  const rows = list.map((c, i) => ({
    i,
    code: c.code,
    name: c.name,
    folded: foldText(c.name),
    dep: c.departmentCode,
    lat: c.latitude,
    lon: c.longitude,
  }));
  // Every commune once (the whole territory is covered), then one more slot per 1,500 inhabitants.
  const slots = list.flatMap((c, i) => Array.from({ length: 1 + Math.floor((c.population ?? 0) / 1500) }, () => i));
  return { rows, slots };
}

const tradeData = () =>
  TRADES.map((t, i) => ({
    i,
    prefix: t.prefix,
    prefixFolded: foldText(t.prefix),
    sector: t.sector,
    sectorFolded: foldText(t.sector),
    naf: t.naf,
    rome0: t.rome[0],
    rome1: t.rome[1],
    job0: t.jobs[0],
    job1: t.jobs[1],
    job0Folded: foldText(t.jobs[0]!),
    job1Folded: foldText(t.jobs[1]!),
  }));

/** Every trade's ROME code must be one the companies subgraph can name (`Metier.label` is not null). */
for (const trade of TRADES)
  for (const code of trade.rome) if (!metiers.has(code)) throw new Error(`${code} is not a ROME v4.60 code`);

/** ROME codes for the ambassadors that are not of their company's main trades, with folded labels. */
const metierData = () =>
  [...metiers.values()].map((m, i) => ({ i, code: m.romeCode, label: m.label, folded: foldText(m.label) }));

const json = (value: unknown) => sql`${JSON.stringify(value)}::json`;
/** An integer inlined into SQL (never user input: the loader's own counts). */
const int = (n: number) => {
  if (!Number.isFinite(n)) throw new Error(`not a number: ${n}`);
  return sql.raw(String(Math.trunc(n)));
};
const textArray = (values: readonly string[]) =>
  sql.raw(`array[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')}]::text[]`);

/** The ids every loader agrees on. */
export const benchId = (kind: string, n: SQL | string) =>
  sql`md5(${`bench:${kind}:`} || (${typeof n === 'string' ? sql.raw(n) : n})::text)::uuid`;

/** CTEs: `commune` (i, code, name, folded, dep, lat, lon) and `slot` (s, i) over the commune slots. */
function communeCtes() {
  const { rows, slots } = communeData();
  return {
    slotCount: slots.length,
    ctes: sql`commune as (
      select * from json_to_recordset(${json(rows)})
        as c(i int, code text, name text, folded text, dep text, lat float8, lon float8)
    ),
    slot as (select (ordinality - 1)::int as s, value::int as i from json_array_elements_text(${json(slots)}) with ordinality)`,
  };
}

/** The commune slot of company number `n` (shared by the companies, people and events loaders). */
const companySlot = (n: string, slotCount: number) => sql.raw(`((${n})::bigint * 7919) % ${slotCount}`);

const referentsPerDepartment = (scale: Scale) => Math.max(1, Math.floor(scale.referents / DEPARTMENTS.length));

// ---------------------------------------------------------------------------------------------------
// Column-aware inserts.

async function columnsOf(db: Database, schema: string, table: string): Promise<Set<string>> {
  const rows = await selectRows<{ column_name: string }>(
    db,
    sql`select column_name from information_schema.columns where table_schema = ${schema} and table_name = ${table}`,
  );
  return new Set(rows.map((r) => r.column_name));
}

/** Rows of a select, whichever driver (postgres.js returns an array, PGlite `{ rows }`). */
export async function selectRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

interface InsertContext {
  db: Database;
  skipped: string[];
}

/**
 * `insert into schema.table (columns) select expressions from (source) s`, naming only the columns the
 * table has. `columns` maps a column to its SQL expression over `s`.
 */
async function insertSelect(
  ctx: InsertContext,
  schema: string,
  table: string,
  columns: Record<string, SQL>,
  source: SQL,
  onConflict = sql``,
) {
  const existing = await columnsOf(ctx.db, schema, table);
  if (existing.size === 0) {
    ctx.skipped.push(`${schema}.${table}`);
    return;
  }
  const names = Object.keys(columns).filter((c) => existing.has(c));
  await ctx.db.execute(sql`insert into ${sql.identifier(schema)}.${sql.identifier(table)}
    (${sql.join(
      names.map((n) => sql.identifier(n)),
      sql`, `,
    )})
    select ${sql.join(
      names.map((n) => columns[n]!),
      sql`, `,
    )}
    from (${source}) s ${onConflict}`);
}

// ---------------------------------------------------------------------------------------------------
// Companies: companies, charters, commitments, actions, immersion offers and requests.

/**
 * Companies spread over every commune with a centroid (weighted by population), each with a charter and
 * its commitments; a mix of statuses (about 62% active, 10% expiring within 90 days, 14% expired, 6%
 * terminated, 8% renewed), one company in seven of the active ones with an older, expired charter; actions
 * on a quarter of the commitments; immersion offers from companies that host immersions, and requests.
 */
export async function loadCompanies(db: Database, scale: Scale, options: LoadOptions = {}): Promise<string[]> {
  const ctx: InsertContext = { db, skipped: [] };
  const today = options.today ?? todayInParis(options.now);
  const C = scale.companies;
  const { ctes, slotCount } = communeCtes();
  const trades = tradeData();
  const surnames = [...SURNAMES, ...SURNAMES_MORE].map((name) => ({ name, folded: foldText(name) }));
  const perDepartment = referentsPerDepartment(scale);
  // companyDerived: sortName = foldText(name), searchText = foldText(name, commune name, sector), the
  // commune's centroid; the name is "<trade> <surname> <n>", so its folded form is the folded words.
  await insertSelect(
    ctx,
    'companies',
    'company',
    {
      id: benchId('company', 's.n'),
      // A SIRET that passes the Luhn check: 8, the number on 12 digits, the check digit.
      siret: sql`s.body || (select (10 - sum(case when i % 2 = 1 then (d * 2) / 10 + (d * 2) % 10 else d end) % 10) % 10
        from (select i, substr(s.body, i, 1)::int as d from generate_series(1, 13) i) digits)::text`,
      name: sql`s.prefix || ' ' || s.surname || ' ' || s.n`,
      sort_name: sql`s."prefixFolded" || ' ' || s.surname_folded || ' ' || s.n`,
      search_text: sql`s."prefixFolded" || ' ' || s.surname_folded || ' ' || s.n || ' ' || s.folded || ' ' || s."sectorFolded"`,
      sector: sql`s.sector`,
      naf_code: sql`s.naf`,
      commune_code: sql`s.code`,
      department_code: sql`s.dep`,
      latitude: sql`s.lat`,
      longitude: sql`s.lon`,
      demonstration: sql`true`,
      created_at: sql`now() - ((s.n * 13) % 1500) * interval '1 day'`,
      updated_at: sql`now() - ((s.n * 7) % 700) * interval '1 day'`,
    },
    sql`with ${ctes},
      trade as (
        select * from json_to_recordset(${json(trades)}) as t(i int, prefix text, "prefixFolded" text, sector text,
          "sectorFolded" text, naf text)
      ),
      surname as (
        select (ordinality - 1)::int as i, value->>'name' as name, value->>'folded' as folded
        from json_array_elements(${json(surnames)}) with ordinality
      )
      select n, '8' || lpad(n::text, 12, '0') as body, commune.*, trade.*, surname.name as surname,
        surname.folded as surname_folded
      from generate_series(0, ${int(C - 1)}) n
      join slot on slot.s = ${companySlot('n', slotCount)}
      join commune on commune.i = slot.i
      join trade on trade.i = n % ${int(trades.length)}
      join surname on surname.i = (n / ${int(trades.length)}) % ${int(surnames.length)}`,
  );

  // Charters: the current one (key "n:1") and, for one active company in seven, an older expired one
  // (key "n:0"). The status follows from the dates against today: bucket < 62 active, < 72 expiring within
  // 90 days, < 86 expired, < 92 terminated, else renewed once (four years) and active.
  const current = sql`select n, bucket, greatest(${today}::date - case
        when bucket < 62 then 1 + (n * 53) % 600
        when bucket < 72 then 645 + n % 80
        when bucket < 86 then 740 + (n * 7) % 700
        when bucket < 92 then 250 + n % 400
        else 800 + n % 500 end, date '2020-01-02') as signed_on
    from (select n, (n * 37) % 100 as bucket from generate_series(0, ${int(C - 1)}) n) b`;
  const referent = sql`md5('bench:referent:' || s.department_code || ':' || (s.n % ${int(perDepartment)}))::uuid::text`;
  await insertSelect(
    ctx,
    'companies',
    'charter',
    {
      id: benchId('charter', `s.n || ':1'`),
      company_id: sql`s.id`,
      signed_on: sql`s.signed_on`,
      expires_on: sql`(s.signed_on + case when s.bucket >= 92 then interval '4 years' else interval '2 years' end)::date`,
      renewed_count: sql`case when s.bucket >= 92 then 1 else 0 end`,
      terminated_on: sql`case when s.bucket between 86 and 91 then s.signed_on + 200 end`,
      termination_reason: sql`case when s.bucket between 86 and 91 then 'Cessation d’activité (banc d’essai)' end`,
      referent_id: referent,
      demonstration: sql`true`,
      created_at: sql`s.signed_on::timestamptz`,
      updated_at: sql`s.signed_on::timestamptz`,
    },
    sql`select s.*, c.id, c.department_code from (${current}) s
      join companies.company c on c.id = ${benchId('company', 's.n')}`,
  );
  await insertSelect(
    ctx,
    'companies',
    'charter',
    {
      id: benchId('charter', `s.n || ':0'`),
      company_id: sql`s.id`,
      signed_on: sql`s.old`,
      expires_on: sql`(s.old + interval '2 years')::date`,
      renewed_count: sql`0`,
      referent_id: referent,
      demonstration: sql`true`,
      created_at: sql`s.old::timestamptz`,
      updated_at: sql`s.old::timestamptz`,
    },
    sql`select s.n, s.old, c.id, c.department_code from (
        select n, bucket, (signed_on - interval '2 years' - interval '60 days')::date as old from (${current}) x
      ) s join companies.company c on c.id = ${benchId('company', 's.n')}
      where s.bucket < 62 and s.n % 7 = 3 and s.old >= date '2020-01-02'`,
  );
  // The current charter, as `signCharter` sets it (refreshDerived recomputes it too).
  if (await hasColumn(ctx.db, 'companies', 'company', 'current_charter_id')) {
    await ctx.db.execute(sql`update companies.company c set current_charter_id = ${benchId('charter', `n || ':1'`)}
      from generate_series(0, ${int(C - 1)}) n where c.id = ${benchId('company', 'n')}`);
  }

  // Commitments: one or two of the regional scheme and two themes, chosen as `demoCommitments(n)` does.
  await insertSelect(
    ctx,
    'companies',
    'commitment',
    {
      id: benchId('commitment', `s.charter_key || ':' || s.kind`),
      charter_id: sql`s.charter_id`,
      kind: sql`s.kind`,
      description: sql`case when s.n % 5 = 0 then 'Engagement ' || lower(replace(s.kind, '_', ' ')) end`,
      demonstration: sql`true`,
    },
    sql`select ch.n, ch.charter_key, c.id as charter_id,
        unnest(case ch.n % 3 when 0 then array['AMBASSADOR_NETWORK', 'IMMERSION_HOSTING']
          when 1 then array['AMBASSADOR_NETWORK'] else array['IMMERSION_HOSTING'] end
          || array[x.themes[ch.n % 12 + 1], x.themes[(ch.n * 5 + 3) % 12 + 1]]) as kind
      from (select n, n || ':' || g as charter_key from generate_series(0, ${int(C - 1)}) n, generate_series(0, 1) g) ch
      cross join (select ${textArray(THEME_KINDS)} as themes) x
      join companies.charter c on c.id = ${benchId('charter', 'ch.charter_key')}`,
  );
  // Actions: a quarter of the commitments, a month or two after the charter's signature.
  await insertSelect(
    ctx,
    'companies',
    'commitment_action',
    {
      commitment_id: sql`s.id`,
      occurred_on: sql`s.occurred_on`,
      description: sql`'Action menée (banc d’essai)'`,
      participants: sql`10 + (s.h % 40)`,
      recorded_by: sql`'bench'`,
      recorded_at: sql`s.occurred_on::timestamptz`,
    },
    sql`select cm.id, abs(hashtext(cm.id::text)) as h, ch.signed_on + 30 + abs(hashtext(cm.id::text)) % 60 as occurred_on
      from companies.commitment cm join companies.charter ch on ch.id = cm.charter_id
      where ch.demonstration and abs(hashtext(cm.id::text)) % 4 = 0
        and ch.signed_on + 30 + abs(hashtext(cm.id::text)) % 60 <= ${today}::date`,
  );

  // Immersion offers: companies that host immersions (n % 3 != 1 hold IMMERSION_HOSTING), in their commune.
  const O = scale.immersionOffers;
  const hosts = Math.max(1, Math.floor(C / 3));
  const metierRows = metierData();
  await insertSelect(
    ctx,
    'companies',
    'immersion_offer',
    {
      id: benchId('offer', 's.o'),
      company_id: benchId('company', 's.n'),
      rome_code: sql`s.rome`,
      title: sql`'Découverte du métier : ' || s.label`,
      description: sql`'Quelques jours aux côtés d’un professionnel (banc d’essai).'`,
      places: sql`1 + s.o % 5`,
      places_taken: sql`0`,
      duration_days: sql`1 + (s.o * 7) % 5`,
      audiences: sql`case when s.o % 2 = 0 then array['COLLEGE_PUPIL', 'LYCEE_PUPIL'] else array['JOB_SEEKER', 'CAREER_CHANGER', 'STUDENT'] end`,
      commune_code: sql`s.commune_code`,
      department_code: sql`s.department_code`,
      latitude: sql`s.latitude`,
      longitude: sql`s.longitude`,
      demonstration: sql`true`,
      published_at: sql`now() - (s.o % 365) * interval '1 day'`,
      updated_at: sql`now() - (s.o % 90) * interval '1 day'`,
    },
    sql`with trade as (
        select * from json_to_recordset(${json(trades)}) as t(i int, rome0 text, rome1 text)
      ), metier as (select * from json_to_recordset(${json(metierRows)}) as m(i int, code text, label text))
      select o.o, o.n, m.code as rome, m.label, c.commune_code, c.department_code, c.latitude, c.longitude
      from (select o, (3 * o) % ${int(Math.min(C, hosts * 3))} as n from generate_series(0, ${int(O - 1)}) o) o
      join companies.company c on c.id = ${benchId('company', 'o.n')}
      join trade t on t.i = o.n % ${int(trades.length)}
      join metier m on m.code = case when o.o % 4 = 3 then t.rome1 else t.rome0 end`,
  );
  // Requests: about immersionRequests / immersionOffers an offer, never more places than the offer has
  // (a request takes a place, a declined one gives it back: the last one over is declined).
  const perOffer = scale.immersionRequests / Math.max(1, O);
  await insertSelect(
    ctx,
    'companies',
    'immersion_request',
    {
      offer_id: benchId('offer', 's.o'),
      status: sql`case when s.k = s.places then 'DECLINED' when s.k % 3 = 0 then 'ACCEPTED' when s.k % 3 = 1 then 'PENDING' else 'DECLINED' end`,
      first_name: sql`(${textArray(FIRST_NAMES)})[1 + (s.o + s.k) % ${int(FIRST_NAMES.length)}]`,
      last_name: sql`'Demandeur ' || s.o || '-' || s.k`,
      email: sql`'eleve.' || s.o || '.' || s.k || '@bench.destination-metier.invalid'`,
      email_key: sql`'eleve.' || s.o || '.' || s.k || '@bench.destination-metier.invalid'`,
      category: sql`case when s.o % 2 = 0 then 'LYCEE_PUPIL' else 'JOB_SEEKER' end`,
      minor: sql`s.o % 2 = 0 and s.k % 2 = 0`,
      guardian_consent: sql`s.o % 2 = 0 and s.k % 2 = 0`,
      message: sql`'Je voudrais découvrir ce métier.'`,
      created_at: sql`s.created_at`,
      answered_at: sql`case when s.k = s.places or s.k % 3 <> 1 then s.created_at + interval '2 days' end`,
      answered_by: sql`case when s.k = s.places or s.k % 3 <> 1 then 'bench' end`,
    },
    sql`select o.o, o.places, k, now() - ((o.o % 300) + k) * interval '1 day' as created_at
      from (select o, 1 + o % 5 as places from generate_series(0, ${int(O - 1)}) o) o,
      generate_series(0, least(o.places + 1, floor(((o.o * 7919) % 1000) / 1000.0 * ${perOffer * 3}))::int - 1) k
      where exists (select 1 from companies.immersion_offer io where io.id = ${benchId('offer', 'o.o')})`,
  );
  return ctx.skipped;
}

// ---------------------------------------------------------------------------------------------------
// People: referents, ambassadors, contact requests, parents' cafés and their registrations.

export async function loadPeople(db: Database, scale: Scale, options: LoadOptions = {}): Promise<string[]> {
  const ctx: InsertContext = { db, skipped: [] };
  const now = options.now ?? new Date();
  const C = scale.companies;
  const A = scale.ambassadors;
  const { ctes, slotCount } = communeCtes();
  const trades = tradeData();
  const metierRows = metierData();
  const perDepartment = referentsPerDepartment(scale);
  const nowIso = now.toISOString();

  await insertSelect(
    ctx,
    'people',
    'referent',
    {
      id: sql`md5('bench:referent:' || s.dep || ':' || s.k)::uuid`,
      full_name: sql`(${textArray(FIRST_NAMES)})[1 + (s.k * 3 + s.d) % 20] || ' ' || (${textArray(SURNAMES)})[1 + (s.k + s.d * 3) % 10] || ' (banc d’essai)'`,
      email: sql`'referent.' || s.dep || '.' || s.k || '@bench.destination-metier.invalid'`,
      organisation: sql`case when s.k % 2 = 0 then 'AGENCY' else 'REGION' end`,
      role: sql`case when s.k = 0 and ${int(perDepartment)} > 1 then 'TERRITORIAL_COORDINATOR' else 'PROXIMITY_REFERENT' end`,
      departments: sql`array[s.dep]`,
      demonstration: sql`true`,
    },
    sql`select d.dep, d.d, k from (select value as dep, ordinality::int as d from json_array_elements_text(${json(DEPARTMENTS)}) with ordinality) d,
      generate_series(0, ${int(perDepartment - 1)}) k`,
  );

  // Ambassadors: 5% parents witnessing their trade (no company); the others staff of a company (60%
  // spread evenly, 35% in the larger tenth of companies), mostly living in their company's commune,
  // with one of its trades (70%) or any ROME trade.
  const company = `case when a.a % 20 = 19 then null
      when a.a % 20 < 12 then (a.a::bigint * 104729) % ${C}
      else (a.a::bigint * 31) % greatest(1, ${Math.floor(C / 10)}) end`;
  const firstNames = FIRST_NAMES.map((name) => ({ name, folded: foldText(name) }));
  // ambassadorDerived: sortName = foldText(firstName); searchText = foldText(firstName, jobTitle, metier
  // label, commune name): the words folded in JavaScript, joined by one space; the commune's department.
  const source = sql`with ${ctes},
    trade as (
      select * from json_to_recordset(${json(trades)})
        as t(i int, rome0 text, rome1 text, job0 text, job1 text, "job0Folded" text, "job1Folded" text)
    ),
    metier as (select * from json_to_recordset(${json(metierRows)}) as m(i int, code text, label text, folded text)),
    first_name as (
      select (ordinality - 1)::int as i, value->>'name' as name, value->>'folded' as folded
      from json_array_elements(${json(firstNames)}) with ordinality
    ),
    a as (select a, ${sql.raw(company)} as c, a % 10 < 7 and a % 20 <> 19 as own_trade from generate_series(0, ${int(A - 1)}) a)
    select a.a, a.c, commune.code, commune.dep, commune.lat, commune.lon, commune.folded as commune_folded,
      first_name.name as first_name, first_name.folded as first_folded,
      case when a.own_trade then case when a.a % 2 = 0 then t.job0 else t.job1 end else other.label end as job_title,
      case when a.own_trade then case when a.a % 2 = 0 then t."job0Folded" else t."job1Folded" end else other.folded end
        as job_folded,
      case when a.own_trade then own.code else other.code end as rome,
      case when a.own_trade then own.folded else other.folded end as rome_folded
    from a
    join slot on slot.s = case when a.c is not null and a.a % 5 <> 4 then ${companySlot('a.c', slotCount)}
      else ${companySlot('a.a', slotCount)} end
    join commune on commune.i = slot.i
    join trade t on t.i = coalesce(a.c, a.a) % ${int(trades.length)}
    join metier own on own.code = case when a.a % 2 = 0 then t.rome0 else t.rome1 end
    join metier other on other.i = (a.a * 7) % ${int(metierRows.length)}
    join first_name on first_name.i = a.a % ${int(FIRST_NAMES.length)}`;
  await insertSelect(
    ctx,
    'people',
    'ambassador',
    {
      id: benchId('ambassador', 's.a'),
      network: sql`case when s.c is null then 'PARENT_WITNESS' else 'COMPANY_AMBASSADOR' end`,
      first_name: sql`s.first_name`,
      last_name: sql`(${textArray([...SURNAMES, ...SURNAMES_MORE])})[1 + (s.a * 7) % 19]`,
      email: sql`'ambassadeur.' || s.a || '@bench.destination-metier.invalid'`,
      email_key: sql`'ambassadeur.' || s.a || '@bench.destination-metier.invalid'`,
      phone: sql`case when s.a % 3 = 0 then '02 31 ' || lpad((s.a % 1000000)::text, 6, '0') end`,
      job_title: sql`s.job_title`,
      rome_code: sql`s.rome`,
      company_id: sql`case when s.c is not null then ${benchId('company', 's.c')} end`,
      commune_code: sql`s.code`,
      latitude: sql`s.lat`,
      longitude: sql`s.lon`,
      department_code: sql`s.dep`,
      intervention_kinds: sql`array[(${textArray(INTERVENTION_KINDS)})[1 + s.a % 7], (${textArray(INTERVENTION_KINDS)})[1 + (s.a + 3) % 7]]`,
      monthly_quota: sql`2 + s.a % 5`,
      paused_until: sql`case when s.a % 20 = 7 then ${addDays(todayInParis(now), 30)}::date end`,
      deactivated_at: sql`case when s.a % 50 = 13 then ${nowIso}::timestamptz - interval '40 days' end`,
      search_text: sql`s.first_folded || ' ' || s.job_folded || ' ' || s.rome_folded || ' ' || s.commune_folded`,
      sort_name: sql`s.first_folded`,
      demonstration: sql`true`,
      created_at: sql`${nowIso}::timestamptz - ((s.a * 11) % 1200) * interval '1 day'`,
      updated_at: sql`${nowIso}::timestamptz - ((s.a * 5) % 300) * interval '1 day'`,
    },
    source,
  );

  // Contact requests over the last year: most answered within days, some pending, some expired; one in
  // ten addressed to a company rather than to an ambassador.
  const R = scale.contactRequests;
  await insertSelect(
    ctx,
    'people',
    'contact_request',
    {
      ambassador_id: sql`case when s.r % 10 <> 9 then ${benchId('ambassador', 's.a')} end`,
      company_id: sql`s.company_id`,
      department_code: sql`s.department_code`,
      status: sql`s.status`,
      requester_name: sql`'Élève ' || s.r || ' (banc d’essai)'`,
      requester_email: sql`'demandeur.' || s.r || '@bench.destination-metier.invalid'`,
      requester_email_key: sql`'demandeur.' || s.r || '@bench.destination-metier.invalid'`,
      requester_role: sql`case when s.r % 3 = 0 then 'PARENT' else 'LYCEE_PUPIL' end`,
      minor: sql`false`,
      message: sql`'Pourriez-vous me parler de votre métier ?'`,
      answer: sql`case when s.status = 'ANSWERED' then 'Avec plaisir, appelons-nous la semaine prochaine.' end`,
      answered_by: sql`case when s.status = 'ANSWERED' then 'bench' end`,
      created_at: sql`s.created_at`,
      answered_at: sql`case when s.status = 'ANSWERED' then s.created_at + (3 + s.r % 120) * interval '1 hour' end`,
      reminded_at: sql`case when s.status <> 'ANSWERED' and s.age_hours > 168 then s.created_at + interval '7 days' end`,
      expired_at: sql`case when s.status = 'EXPIRED' then s.created_at + interval '30 days' end`,
    },
    sql`select r.*, am.company_id, am.department_code,
        case when r.age_hours > 12 and r.r % 20 < 13 then 'ANSWERED'
          when r.age_hours > 720 then 'EXPIRED' else 'PENDING' end as status
      from (select r, (r::bigint * 7919) % ${int(A)} as a, (r::bigint * 104729) % (365 * 24) as age_hours,
          ${nowIso}::timestamptz - ((r::bigint * 104729) % (365 * 24)) * interval '1 hour' as created_at
        from generate_series(0, ${int(R - 1)}) r) r
      join people.ambassador am on am.id = ${benchId('ambassador', 'r.a')}
      where r.r % 10 <> 9 or am.company_id is not null`,
  );

  // Parents' cafés (15 to 20 places) across the departments, past and coming; 3% cancelled. They are events
  // of kind PARENTS_CAFE (the events subgraph's), with their registrations.
  const F = scale.parentsCafes;
  await insertSelect(
    ctx,
    'events',
    'event',
    {
      id: benchId('cafe', 's.f'),
      kind: sql`'PARENTS_CAFE'`,
      title: sql`'Café des parents : ' || (array['l’orientation après la 3e', 'apprentissage et voie pro', 'Parcoursup sans tabou', 'les métiers qui recrutent'])[1 + s.f % 4] || ' — ' || s.name`,
      starts_at: sql`s.starts_at`,
      ends_at: sql`s.starts_at + interval '2 hours'`,
      starts_on: sql`(s.starts_at at time zone 'Europe/Paris')::date`,
      ends_on: sql`((s.starts_at + interval '2 hours') at time zone 'Europe/Paris')::date`,
      date_precision: sql`'TIME'`,
      sort_at: sql`s.starts_at`,
      end_sort_at: sql`s.starts_at + interval '2 hours'`,
      online: sql`false`,
      venue_name: sql`'Médiathèque de ' || s.name`,
      commune_code: sql`s.code`,
      latitude: sql`s.lat`,
      longitude: sql`s.lon`,
      department_code: sql`s.dep`,
      audiences: sql`array['PARENT']`,
      themes: sql`array[]::text[]`,
      rome_codes: sql`array[]::text[]`,
      facilitator_name: sql`'Animatrice ' || (${textArray(FIRST_NAMES)})[1 + s.f % 20]`,
      capacity: sql`15 + s.f % 6`,
      confirmed_count: sql`0`,
      cancelled_at: sql`case when s.f % 33 = 5 then s.starts_at - interval '3 days' end`,
      demonstration: sql`true`,
    },
    sql`with ${ctes}
      select f, commune.code, commune.dep, commune.name, commune.lat, commune.lon,
        ((${todayInParis(now)}::date + ((f * 7919) % 420 - 300))::timestamp + (18 + f % 3) * interval '1 hour') at time zone 'Europe/Paris' as starts_at
      from generate_series(0, ${int(F - 1)}) f
      join slot on slot.s = (f::bigint * 104729) % ${int(slotCount)}
      join commune on commune.i = slot.i`,
  );
  const perCafe = scale.cafeRegistrations / Math.max(1, F);
  await insertSelect(
    ctx,
    'events',
    'registration',
    {
      event_id: benchId('cafe', 's.f'),
      status: sql`case when s.k % 11 = 10 then 'CANCELLED' else 'CONFIRMED' end`,
      first_name: sql`'Parent'`,
      last_name: sql`'Banc ' || s.f || '-' || s.k`,
      email: sql`'parent.' || s.f || '.' || s.k || '@bench.destination-metier.invalid'`,
      email_key: sql`'parent.' || s.f || '.' || s.k || '@bench.destination-metier.invalid'`,
      category: sql`'PARENT'`,
      minor: sql`false`,
      token_hash: sql`md5('bench:cafe-token:' || s.f || ':' || s.k)`,
      created_at: sql`s.starts_at - (1 + s.k) * interval '1 day'`,
      email_confirmed_at: sql`s.starts_at - (1 + s.k) * interval '1 day'`,
      cancelled_at: sql`case when s.k % 11 = 10 then s.starts_at - interval '12 hours' end`,
    },
    // Never more registered than places: at most capacity + 1 rows, one in eleven cancelled.
    sql`select f.f, f.starts_at, k from (select f, starts_at, capacity from events.event pc,
        generate_series(0, ${int(F - 1)}) f where pc.id = ${benchId('cafe', 'f')}) f,
      generate_series(0, least(f.capacity, floor(((f.f * 7919) % 1000) / 1000.0 * ${perCafe * 2}))::int - 1) k`,
  );
  return ctx.skipped;
}

// ---------------------------------------------------------------------------------------------------
// Events: events, exhibitors, speakers, registrations.

export async function loadEvents(db: Database, scale: Scale, options: LoadOptions = {}): Promise<string[]> {
  const ctx: InsertContext = { db, skipped: [] };
  const now = options.now ?? new Date();
  const E = scale.events;
  const C = scale.companies;
  const A = scale.ambassadors;
  const { ctes, slotCount } = communeCtes();
  const today = todayInParis(now);
  const kinds = EVENT_KINDS.flatMap((k) => Array.from({ length: k.share }, () => k));
  const kindRows = kinds.map((k, i) => ({
    i,
    kind: k.kind,
    title: k.title,
    audiences: k.audiences,
    seats: k.seats,
    themes: k.themes,
  }));
  const avg = scale.registrations / Math.max(1, E);
  // Registrations of event e: 0.2 to 1.8 times the average.
  const count = (e: string) => `floor(${avg} * (0.2 + 1.6 * (((${e})::bigint * 7919) % 1000) / 1000.0))::int`;
  const source = sql`with ${ctes},
    kind as (select * from json_to_recordset(${json(kindRows)})
      as k(i int, kind text, title text, audiences text[], seats int, themes text[])),
    e as (select e, ${sql.raw(count('e'))} as registrations,
      ${today}::date + ((e::bigint * 7919) % 600 - 300)::int as day from generate_series(0, ${int(E - 1)}) e)
    select e.e, e.registrations, e.day, k.kind, k.title, k.audiences, k.themes,
      k.kind = 'VIRTUAL_FAIR' or e.e % 25 = 0 as online,
      case when k.seats is null or e.e % 7 = 0 then null
        when e.e % 12 = 5 then greatest(1, e.registrations * 3 / 4)
        else greatest(k.seats, e.registrations) end as capacity,
      commune.code, commune.dep, commune.name, commune.lat, commune.lon,
      (e.day::timestamp + (9 + e.e % 8) * interval '1 hour') at time zone 'Europe/Paris' as starts_at
    from e
    join kind k on k.i = (e.e * 37) % 100
    join slot on slot.s = (e.e::bigint * 104729) % ${int(slotCount)}
    join commune on commune.i = slot.i`;
  // THEMATIC_WEEK runs five days, known by its days (DAY precision, as `daySchedule`); the others have
  // times (TIME precision, as `timedSchedule`): start, end, their Paris days, sortAt and endSortAt.
  const week = sql`s.kind = 'THEMATIC_WEEK'`;
  const startsAt = sql`case when ${week} then null else s.starts_at end`;
  const endsAt = sql`case when ${week} then null else s.starts_at + (2 + s.e % 2) * interval '1 hour' end`;
  await insertSelect(
    ctx,
    'events',
    'event',
    {
      id: benchId('event', 's.e'),
      kind: sql`s.kind`,
      title: sql`s.title || case when s.online then '' else ' — ' || s.name end`,
      description: sql`'Évènement inventé pour le banc d’essai.'`,
      starts_at: startsAt,
      ends_at: endsAt,
      starts_on: sql`s.day`,
      ends_on: sql`case when ${week} then s.day + 4 else s.day end`,
      date_precision: sql`case when ${week} then 'DAY' else 'TIME' end`,
      sort_at: sql`case when ${week} then s.day::timestamp at time zone 'Europe/Paris' else s.starts_at end`,
      end_sort_at: sql`case when ${week} then (s.day + 5)::timestamp at time zone 'Europe/Paris' - interval '1 millisecond'
        else s.starts_at + (2 + s.e % 2) * interval '1 hour' end`,
      online: sql`s.online`,
      url: sql`case when s.online then 'https://example.org/evenement-en-ligne/' || s.e end`,
      venue_name: sql`case when not s.online then 'Salle des fêtes de ' || s.name end`,
      commune_code: sql`case when not s.online then s.code end`,
      latitude: sql`case when not s.online then s.lat end`,
      longitude: sql`case when not s.online then s.lon end`,
      // Online: the organiser's department for most, region-wide (null) for one in four.
      department_code: sql`case when not s.online then s.dep when s.e % 4 = 0 then null else s.dep end`,
      audiences: sql`s.audiences`,
      themes: sql`s.themes`,
      rome_codes: sql`case when s.kind = 'THEMATIC_WEEK' then array['H2909', 'H2903'] else array[]::text[] end`,
      capacity: sql`s.capacity`,
      confirmed_count: sql`0`,
      waitlist_count: sql`0`,
      cancelled_at: sql`case when s.e % 33 = 7 then s.starts_at - interval '5 days' end`,
      cancellation_reason: sql`case when s.e % 33 = 7 then 'Annulé (banc d’essai)' end`,
      demonstration: sql`true`,
      created_by: sql`'bench'`,
      created_at: sql`s.starts_at - interval '60 days'`,
      updated_at: sql`least(s.starts_at - interval '30 days', ${now.toISOString()}::timestamptz)`,
    },
    source,
  );

  // Exhibitors: 5 to 20 companies at a forum, one or two at company visits and thematic weeks.
  await insertSelect(
    ctx,
    'events',
    'event_exhibitor',
    {
      event_id: sql`s.id`,
      company_id: benchId('company', `(s.e * 37 + s.k * 1009) % ${C}`),
      added_at: sql`s.created_at`,
    },
    sql`select ev.id, ev.created_at, x.e, k from (select e, ${benchId('event', 'e')} as id from generate_series(0, ${int(E - 1)}) e) x
      join events.event ev on ev.id = x.id,
      generate_series(0, case ev.kind when 'FORUM' then 4 + x.e % 16 when 'COMPANY_VISIT' then 0
        when 'THEMATIC_WEEK' then 1 else -1 end) k`,
    sql`on conflict do nothing`,
  );
  // Speakers: one to three ambassadors at talks, forums, sessions and workshops.
  await insertSelect(
    ctx,
    'events',
    'event_speaker',
    {
      event_id: sql`s.id`,
      ambassador_id: benchId('ambassador', `(s.e * 53 + s.k * 2003) % ${A}`),
      added_at: sql`s.created_at`,
    },
    sql`select ev.id, ev.created_at, x.e, k from (select e, ${benchId('event', 'e')} as id from generate_series(0, ${int(E - 1)}) e) x
      join events.event ev on ev.id = x.id,
      generate_series(0, case when ev.kind in ('SCHOOL_INTERVENTION', 'FORUM', 'PARENTS_FORUM', 'INFORMATION_SESSION',
        'TEACHER_WORKSHOP', 'COMPANY_VISIT') then x.e % 3 else -1 end) k`,
    sql`on conflict do nothing`,
  );

  // Registrations: confirmed up to the capacity, the rest on the waitlist in order, one in seventeen
  // cancelled; attendance recorded for most past events. Participants come back to several events.
  const people = Math.max(10_007, Math.floor(scale.registrations / 2));
  await insertSelect(
    ctx,
    'events',
    'registration',
    {
      event_id: sql`s.id`,
      status: sql`s.status`,
      waitlist_seq: sql`case when s.status = 'WAITLISTED' then s.k end`,
      first_name: sql`(${textArray(FIRST_NAMES)})[1 + s.p % 20]`,
      last_name: sql`'Participant ' || s.p`,
      email: sql`'participant.' || s.p || '@bench.destination-metier.invalid'`,
      email_key: sql`'participant.' || s.p || '@bench.destination-metier.invalid'`,
      category: sql`s.audiences[1 + s.k % cardinality(s.audiences)]`,
      minor: sql`s.audiences[1 + s.k % cardinality(s.audiences)] in ('COLLEGE_PUPIL', 'LYCEE_PUPIL') and s.k % 2 = 0`,
      guardian_consent: sql`s.audiences[1 + s.k % cardinality(s.audiences)] in ('COLLEGE_PUPIL', 'LYCEE_PUPIL') and s.k % 2 = 0`,
      token_hash: sql`md5('bench:registration-token:' || s.e || ':' || s.k)`,
      attended: sql`case when s.status = 'CONFIRMED' and s.end_sort_at < ${now.toISOString()}::timestamptz and s.e % 10 < 7
        then s.k % 5 <> 0 end`,
      created_at: sql`least(s.sort_at, ${now.toISOString()}::timestamptz) - (1 + (s.k * 37) % 600) * interval '1 hour'`,
      updated_at: sql`least(s.sort_at, ${now.toISOString()}::timestamptz) - interval '1 hour'`,
      cancelled_at: sql`case when s.status = 'CANCELLED' then least(s.sort_at, ${now.toISOString()}::timestamptz) - interval '2 hours' end`,
    },
    sql`select r.*, case when r.k % 17 = 16 then 'CANCELLED'
          when r.capacity is null or r.k - r.k / 17 < r.capacity then 'CONFIRMED' else 'WAITLISTED' end as status
      from (select x.e, ev.id, ev.capacity, ev.audiences, ev.sort_at, ev.end_sort_at, k,
          (x.e * 31 + k::bigint * 7919) % ${int(people)} as p
        from (select e, ${benchId('event', 'e')} as id, ${sql.raw(count('e'))} as n from generate_series(0, ${int(E - 1)}) e) x
        join events.event ev on ev.id = x.id,
        generate_series(0, x.n - 1) k) r`,
    sql`on conflict do nothing`,
  );
  return ctx.skipped;
}

// ---------------------------------------------------------------------------------------------------
// Access: partners' API keys (hashes of secrets nobody holds).

export async function loadAccess(db: Database, scale: Scale, options: LoadOptions = {}): Promise<string[]> {
  const ctx: InsertContext = { db, skipped: [] };
  const now = options.now ?? new Date();
  await insertSelect(
    ctx,
    'access',
    'api_key',
    {
      id: benchId('api-key', 's.k'),
      partner: sql`(array['Mission locale', 'France Travail', 'Lycée', 'Plateforme partenaire'])[1 + s.k % 4] || ' ' || s.k || ' (banc d’essai)'`,
      scopes: sql`array['READ_PUBLIC']`,
      prefix: sql`'dmb' || lpad(s.k::text, 5, '0')`,
      secret_hash: sql`md5('bench:api-key-secret:' || s.k || ':' || ${now.toISOString()})`,
      created_at: sql`${now.toISOString()}::timestamptz - (s.k % 500) * interval '1 day'`,
      created_by: sql`'bench'`,
      revoked_at: sql`case when s.k % 10 = 9 then ${now.toISOString()}::timestamptz - interval '3 days' end`,
    },
    sql`select k from generate_series(0, ${int(scale.apiKeys - 1)}) k`,
  );
  return ctx.skipped;
}

// ---------------------------------------------------------------------------------------------------

async function hasColumn(db: Database, schema: string, table: string, column: string) {
  return (await columnsOf(db, schema, table)).has(column);
}

/**
 * Recomputes what the application maintains on write, after rows were written behind its back: the
 * companies' current charter (their latest), the places taken of immersion offers, the confirmed and
 * waitlisted counts of events, the registered count of parents' cafés, the dashboard's summary tables; then
 * the visibility map and the planner's statistics (`vacuum analyze`: index-only scans read no table page for
 * rows all visible). The place to add any table of statistics maintained on write.
 */
export async function refreshDerived(db: Database): Promise<void> {
  if (await hasColumn(db, 'companies', 'company', 'current_charter_id')) {
    await db.execute(sql`update companies.company c set current_charter_id = latest.id
      from (select distinct on (company_id) company_id, id from companies.charter order by company_id, signed_on desc, id desc) latest
      where latest.company_id = c.id and c.current_charter_id is distinct from latest.id`);
  }
  if (await hasColumn(db, 'companies', 'immersion_offer', 'places_taken')) {
    await db.execute(sql`update companies.immersion_offer o set places_taken = coalesce(t.taken, 0)
      from companies.immersion_offer o2 left join (select offer_id, count(*)::int as taken from companies.immersion_request
        where status in ('PENDING', 'ACCEPTED') group by offer_id) t on t.offer_id = o2.id
      where o.id = o2.id and o.places_taken is distinct from coalesce(t.taken, 0)`);
  }
  if (await hasColumn(db, 'events', 'event', 'confirmed_count')) {
    await db.execute(sql`update events.event e set confirmed_count = coalesce(t.confirmed, 0), waitlist_count = coalesce(t.waitlisted, 0)
      from events.event e2 left join (select event_id, count(*) filter (where status = 'CONFIRMED')::int as confirmed,
          count(*) filter (where status = 'WAITLISTED')::int as waitlisted
        from events.registration group by event_id) t on t.event_id = e2.id
      where e.id = e2.id and (e.confirmed_count, e.waitlist_count) is distinct from (coalesce(t.confirmed, 0), coalesce(t.waitlisted, 0))`);
  }
  if (await hasColumn(db, 'people', 'parents_cafe', 'registered_count')) {
    await db.execute(sql`update people.parents_cafe c set registered_count = coalesce(t.registered, 0)
      from people.parents_cafe c2 left join (select cafe_id, count(*)::int as registered from people.parents_cafe_registration
        where status = 'REGISTERED' group by cafe_id) t on t.cafe_id = c2.id
      where c.id = c2.id and c.registered_count is distinct from coalesce(t.registered, 0)`);
  }
  // The dashboard's summary tables, recomputed from the rows (their triggers also kept them during the load).
  if (await hasFunction(db, 'companies', 'refresh_charter_stats')) {
    await againOnDeadlock(() => db.execute(sql`select companies.refresh_charter_stats(null)`));
    await againOnDeadlock(() => db.execute(sql`select companies.refresh_immersion_stats(null, null)`));
  }
  if (await hasFunction(db, 'events', 'refresh_event_stats')) {
    await againOnDeadlock(() => db.execute(sql`select events.refresh_event_stats(null)`));
  }
  if (await hasFunction(db, 'people', 'refresh_people_stats')) {
    await againOnDeadlock(() => db.execute(sql`select people.refresh_people_stats()`));
  }
  await db.execute(sql`vacuum analyze`);
}

/**
 * Runs a refresh again when PostgreSQL chose it as the victim of a deadlock: the graph's own background rounds
 * (unanswered immersion requests expired, reminders) keep the same summary rows by trigger meanwhile, and on a
 * slow machine a refresh of every row can meet one of them. A refresh recomputes from the rows: running it
 * again is safe.
 */
async function againOnDeadlock<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      const codes = [err, (err as { cause?: unknown }).cause].map((e) => (e as { code?: unknown } | undefined)?.code);
      if (attempt >= 5 || !codes.includes('40P01')) throw err;
    }
  }
}

async function hasFunction(db: Database, schema: string, name: string) {
  const rows = await selectRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from information_schema.routines where routine_schema = ${schema} and routine_name = ${name}`,
  );
  return Number(rows[0]?.n ?? 0) > 0;
}

/** Rows of every table of the four subgraph schemas. */
export async function tableCounts(db: Database): Promise<Record<string, number>> {
  const tables = await selectRows<{ schema: string; name: string }>(
    db,
    sql`select table_schema as schema, table_name as name from information_schema.tables
      where table_schema in ('companies', 'events', 'people', 'access') and table_type = 'BASE TABLE'
        and table_name not like '%migrations%' order by 1, 2`,
  );
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const [row] = await selectRows<{ n: number | string }>(
      db,
      sql`select count(*) as n from ${sql.identifier(t.schema)}.${sql.identifier(t.name)}`,
    );
    counts[`${t.schema}.${t.name}`] = Number(row?.n ?? 0);
  }
  return counts;
}

/**
 * Loads every subgraph's part (companies first: the other loaders read nothing of it, but the charters'
 * referents and the offers' companies are checked against what exists), then `refreshDerived`.
 */
export async function loadRegion(db: Database, scale: Scale, options: LoadOptions = {}): Promise<LoadReport> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const today = options.today ?? todayInParis(now);
  const skipped = [
    ...(await loadCompanies(db, scale, { now, today })),
    ...(await loadPeople(db, scale, { now, today })),
    ...(await loadEvents(db, scale, { now, today })),
    ...(await loadAccess(db, scale, { now, today })),
  ];
  await refreshDerived(db);
  const seconds = (performance.now() - started) / 1000;
  return { rows: await tableCounts(db), skipped, seconds };
}
