import * as Plot from '@observablehq/plot';
import manifest from '../trusted-documents.json';
import outlines from './geo/departements.json';
import epciPlaces from './geo/epci.json';
import {
  charterStatusLabels,
  commitmentKindLabels,
  contactOutcomes,
  eventKindLabels,
  type Dashboard,
  type EpciPlace,
  epcisInView,
  epcisWithout,
  figuresCsv,
  figuresOf,
  formatFigure,
  missionLabels,
  monthLabel,
  type Period,
  periodFilter,
  schoolYearOf,
  schoolYears,
  scopeLabel,
} from './figures.ts';
import './style.css';

// Okabe-Ito: told apart with every common colour-vision deficiency.
const COLOURS = { blue: '#0072B2', orange: '#E69F00', green: '#009E73', vermillion: '#D55E00', purple: '#CC79A7' };
/** Okabe-Ito's eight, for the kinds of commitment over time (grey for the others). */
const KIND_COLOURS = [
  COLOURS.blue,
  COLOURS.orange,
  COLOURS.green,
  COLOURS.vermillion,
  COLOURS.purple,
  '#56B4E9',
  '#F0E442',
  '#000000',
];
const OTHER_KINDS = 'Autres types';
const STATUS_COLOURS: Record<string, string> = {
  ACTIVE: COLOURS.green,
  EXPIRING_SOON: COLOURS.orange,
  EXPIRED: COLOURS.vermillion,
  TERMINATED: COLOURS.purple,
};

const TOKEN_KEY = 'dm-dashboard-token';
const operation = manifest.operations[0]!;
const epcis = epciPlaces as EpciPlace[];
const departments = outlines.features.map((f) => f.properties);

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const view = {
  signin: $('signin'),
  signinForm: $<HTMLFormElement>('signin-form'),
  signinError: $('signin-error'),
  token: $<HTMLTextAreaElement>('token'),
  signout: $<HTMLButtonElement>('signout'),
  dashboard: $('dashboard'),
  department: $<HTMLSelectElement>('department'),
  epci: $<HTMLSelectElement>('epci'),
  period: $<HTMLSelectElement>('period'),
  month: $<HTMLInputElement>('month'),
  schoolYear: $<HTMLSelectElement>('school-year'),
  from: $<HTMLInputElement>('from'),
  to: $<HTMLInputElement>('to'),
  layer: $<HTMLSelectElement>('layer'),
  scope: $('scope'),
  error: $('error'),
  figures: $('figures'),
};

let current: Dashboard | null = null;
/** The territory's orientation places that have a commune, drawn over the map whatever its layer. */
let orientationPlaces: { name: string; latitude: number; longitude: number }[] = [];
/** The territory's upcoming events that have a commune, drawn over the map whatever its layer. */
let upcomingEvents: { title: string; latitude: number; longitude: number }[] = [];
let request = 0;

/** The departments a token is bound to (a coordinator's or referent's), read from its payload; [] when none. */
function tokenDepartments(token: string): string[] {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
    return Array.isArray(payload.departments) ? payload.departments.map(String) : [];
  } catch {
    return [];
  }
}

/** Staff bound to some departments start on their first; the region is theirs only when bound to all five. */
const startingDepartment = (bound: string[]) =>
  bound.length > 0 && bound.length < departments.length ? bound[0]! : '';

const option = (value: string, label: string) => {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
};

function fillEpciOptions() {
  const keep = view.epci.value;
  const inView = epcisInView(epcis, view.department.value || null, null);
  view.epci.replaceChildren(option('', 'Toutes'), ...inView.map((e) => option(e.siren, e.name)));
  view.epci.value = inView.some((e) => e.siren === keep) ? keep : '';
}

interface GraphQLAnswer {
  data?: {
    regionalDashboard: Dashboard | null;
    orientationPlaces?: {
      edges: {
        node: { name: string; commune: { name: string; latitude: number | null; longitude: number | null } | null };
      }[];
    } | null;
    upcomingEvents?: {
      edges: {
        node: {
          title: string;
          startsOn: string;
          status: string;
          venue: {
            commune: {
              name: string;
              latitude: number | null;
              longitude: number | null;
              epci: { siren: string } | null;
            } | null;
          } | null;
        };
      }[];
    } | null;
  } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs the page's one operation: by its id (a trusted document), with its text only if the graph does not know it. */
async function runDashboard(token: string, filter: Record<string, string>): Promise<GraphQLAnswer> {
  const url = new URL('/graphql', location.href);
  const headers = { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' };
  const persistedQuery = { version: 1, sha256Hash: operation.id };
  url.searchParams.set('operationName', operation.name);
  // The orientation places of the same territory (the period does not apply to them).
  const places = Object.fromEntries(Object.entries(filter).filter(([key]) => key === 'department' || key === 'epci'));
  // The events of the department from today (the events' filter has no EPCI: the page keeps the EPCI's ones).
  const upcoming = { ...(filter.department ? { department: filter.department } : {}), from: today() };
  const variables = { filter, places, upcoming };
  url.searchParams.set('variables', JSON.stringify(variables));
  url.searchParams.set('extensions', JSON.stringify({ persistedQuery }));
  let answer = (await (await fetch(url, { headers })).json()) as GraphQLAnswer;
  if (answer.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
    const response = await fetch(new URL('/graphql', location.href), {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation.body, variables, extensions: { persistedQuery } }),
    });
    answer = (await response.json()) as GraphQLAnswer;
  }
  return answer;
}

function signedIn(token: string | null) {
  view.signin.hidden = Boolean(token);
  view.dashboard.hidden = !token;
  view.signout.hidden = !token;
  if (!token) clearFigures();
}

function clearFigures() {
  current = null;
  view.figures.replaceChildren();
  for (const id of [
    'map',
    'chart-status',
    'chart-months',
    'chart-kinds',
    'chart-commitments-months',
    'table-commitments-months',
    'chart-actions',
    'table-actions',
    'table-contacts-epci',
    'chart-immersions',
    'chart-events',
    'chart-contacts',
    'chart-missions',
  ]) {
    $(id).replaceChildren();
  }
  $('without').replaceChildren();
  $('without-count').textContent = '';
  view.scope.textContent = '';
}

/** The view's address keeps its filters: a reload, a bookmark or a shared link shows the same view. */
function keepInAddress(filter: Record<string, string>) {
  history.replaceState(null, '', `#${new URLSearchParams({ ...filter, layer: view.layer.value })}`);
}

/** Today in Europe/Paris, `YYYY-MM-DD`. */
const today = () => new Intl.DateTimeFormat('fr-CA', { timeZone: 'Europe/Paris' }).format(new Date());

function currentPeriod(): Period {
  switch (view.period.value) {
    case 'month':
      return view.month.value ? { kind: 'month', month: view.month.value } : { kind: 'all' };
    case 'schoolYear':
      return { kind: 'schoolYear', schoolYear: view.schoolYear.value };
    case 'days':
      return { kind: 'days', from: view.from.value, to: view.to.value };
    default:
      return { kind: 'all' };
  }
}

/** Shows the fields of the period's kind only: a month, a school year, or two days. */
function showPeriodFields() {
  for (const field of document.querySelectorAll<HTMLElement>('[data-period]')) {
    field.hidden = field.dataset.period !== view.period.value;
  }
}

function currentFilter(): Record<string, string> {
  const filter: Record<string, string> = {};
  if (view.department.value) filter.department = view.department.value;
  if (view.epci.value) filter.epci = view.epci.value;
  return { ...filter, ...periodFilter(currentPeriod()) };
}

async function refresh() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) return signedIn(null);
  const mine = ++request;
  view.dashboard.dataset.state = 'loading';
  view.error.textContent = '';
  const filter = currentFilter();
  keepInAddress(filter);
  let answer: GraphQLAnswer;
  try {
    answer = await runDashboard(token, filter);
  } catch {
    answer = { errors: [{ message: 'network', extensions: { code: 'NETWORK' } }] };
  }
  if (mine !== request) return; // a later filter won
  const dashboard = answer.data?.regionalDashboard ?? null;
  const code = answer.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED') {
    sessionStorage.removeItem(TOKEN_KEY);
    view.signinError.textContent = 'Ce jeton est refusé (expiré ou invalide) : connectez-vous à nouveau.';
    view.dashboard.dataset.state = 'error';
    return signedIn(null);
  }
  if (!dashboard) {
    clearFigures();
    view.error.textContent =
      code === 'FORBIDDEN'
        ? "Ce territoire n'est pas le vôtre, ou ce jeton ne donne pas accès au tableau de bord."
        : code === 'BAD_USER_INPUT'
          ? `Filtre refusé : ${answer.errors?.[0]?.message ?? ''}`
          : 'Le tableau de bord ne peut pas être calculé pour le moment.';
    view.dashboard.dataset.state = 'error';
    return;
  }
  if (answer.errors?.length) view.error.textContent = 'Une partie des chiffres manque : un service ne répond pas.';
  orientationPlaces = (answer.data?.orientationPlaces?.edges ?? []).flatMap(({ node }) =>
    typeof node.commune?.latitude === 'number' && typeof node.commune.longitude === 'number'
      ? [
          {
            name: `${node.name} (${node.commune.name})`,
            latitude: node.commune.latitude,
            longitude: node.commune.longitude,
          },
        ]
      : [],
  );
  const epci = dashboard.epci?.siren;
  upcomingEvents = (answer.data?.upcomingEvents?.edges ?? []).flatMap(({ node }) => {
    const commune = node.venue?.commune;
    if (node.status === 'CANCELLED' || typeof commune?.latitude !== 'number' || typeof commune.longitude !== 'number') {
      return [];
    }
    if (epci && commune.epci?.siren !== epci) return [];
    return [
      {
        title: `${node.title} (${commune.name}, ${node.startsOn.split('-').reverse().join('/')})`,
        latitude: commune.latitude,
        longitude: commune.longitude,
      },
    ];
  });
  render(dashboard);
  view.dashboard.dataset.scope = dashboard.scope;
  view.dashboard.dataset.state = 'ready';
}

function render(d: Dashboard) {
  current = d;
  view.scope.textContent = scopeLabel(d);
  view.figures.replaceChildren(
    ...figuresOf(d).map((f) => {
      const box = document.createElement('div');
      box.className = 'figure';
      const dt = document.createElement('dt');
      dt.textContent = f.label;
      const dd = document.createElement('dd');
      dd.textContent = formatFigure(f);
      dd.dataset.figure = f.key;
      dd.dataset.value = f.value === null ? '' : String(f.value);
      box.append(dt, dd);
      return box;
    }),
  );
  renderMap(d);
  renderCharts(d);
  const inView = epcisInView(epcis, d.department?.code ?? null, d.epci?.siren ?? null);
  const without = epcisWithout(d, inView);
  $('without-count').textContent = d.ambassadors ? `(${without.length} sur ${inView.length})` : '';
  $('without').replaceChildren(
    ...(!d.ambassadors
      ? [Object.assign(document.createElement('li'), { textContent: 'Inconnues : les ambassadeurs manquent.' })]
      : without.length === 0
        ? [
            Object.assign(document.createElement('li'), {
              textContent: 'Aucune : chacune a au moins un ambassadeur ou une place.',
            }),
          ]
        : without.map((e) => Object.assign(document.createElement('li'), { textContent: e.name }))),
  );
}

const LAYERS: { key: string; label: string; values: (d: Dashboard) => { siren: string; value: number }[] }[] = [
  {
    key: 'charters',
    label: 'Chartes signées',
    values: (d) => d.charters.byEpci.map((r) => ({ siren: r.epci.siren, value: r.count })),
  },
  {
    key: 'ambassadors',
    label: 'Ambassadeurs actifs',
    values: (d) => (d.ambassadors?.byEpci ?? []).map((r) => ({ siren: r.epci.siren, value: r.count })),
  },
  {
    key: 'immersions',
    label: "Places d'immersion",
    values: (d) => d.immersions.byEpci.map((r) => ({ siren: r.epci.siren, value: r.places })),
  },
  {
    key: 'events',
    label: 'Évènements',
    values: (d) => (d.events?.byEpci ?? []).map((r) => ({ siren: r.epci.siren, value: r.events })),
  },
];

/** Months in French on time axes: `janv. 2026`. */
const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const frenchMonth = (date: Date) => monthFormat.format(date);

/** Counts have whole ticks only: no "0.2 signature". */
const wholeNumbers = (n: number) => (Number.isInteger(n) ? n.toLocaleString('fr-FR') : '');

const chartWidth = (id: string) => Math.max(280, Math.min(640, $(id).clientWidth || 400));

function renderMap(d: Dashboard) {
  const layer = LAYERS.find((l) => l.key === view.layer.value) ?? LAYERS[0]!;
  const places = new Map(epcis.map((e) => [e.siren, e]));
  const points = layer
    .values(d)
    .filter((p) => p.value > 0 && places.has(p.siren))
    .map((p) => ({ ...places.get(p.siren)!, value: p.value }));
  const chosen = d.department?.code;
  const width = chartWidth('map');
  $('map').replaceChildren(
    Plot.plot({
      width,
      height: Math.round(width * 0.62),
      projection: { type: 'mercator', domain: outlines as never },
      ariaLabel: `Carte de Normandie : ${layer.label.toLowerCase()} par intercommunalité`,
      r: { range: [0, 18] },
      marks: [
        Plot.geo(outlines as never, {
          fill: (f: { properties: { code: string } }) => (f.properties.code === chosen ? '#dbe9f4' : '#f2f2f2'),
          stroke: '#555',
          strokeWidth: 1,
        }),
        Plot.text(
          outlines.features,
          Plot.centroid({ text: (f: { properties: { name: string } }) => f.properties.name, fill: '#333', dy: -8 }),
        ),
        Plot.dot(points, {
          x: 'longitude',
          y: 'latitude',
          r: 'value',
          fill: COLOURS.blue,
          fillOpacity: 0.65,
          stroke: 'white',
          title: (p: { name: string; value: number }) => `${p.name} : ${p.value}`,
        }),
        // Where the public gets orientation information: reception desks, relays, écoles de production.
        Plot.dot(orientationPlaces, {
          x: 'longitude',
          y: 'latitude',
          symbol: 'square',
          dx: -6, // beside the events of the same commune
          r: 4,
          fill: COLOURS.orange,
          stroke: 'white',
          title: (p: { name: string }) => `Lieu d'orientation : ${p.name}`,
        }),
        // What is coming up on the territory, from today whatever the period.
        Plot.dot(upcomingEvents, {
          x: 'longitude',
          y: 'latitude',
          symbol: 'diamond',
          dx: 6,
          r: 5,
          fill: COLOURS.purple,
          stroke: '#333',
          strokeWidth: 0.75,
          title: (e: { title: string }) => `Évènement à venir : ${e.title}`,
        }),
      ],
    }),
  );
}

function renderCharts(d: Dashboard) {
  const statuses = d.charters.byStatus.map((s) => ({ ...s, label: charterStatusLabels[s.status] ?? s.status }));
  $('chart-status').replaceChildren(
    Plot.plot({
      width: chartWidth('chart-status'),
      height: 60 + 30 * Math.max(1, statuses.length),
      marginLeft: 110,
      marginRight: 30,
      ariaLabel: 'Chartes par statut',
      x: { label: 'Chartes', grid: true, tickFormat: wholeNumbers },
      y: { label: null },
      marks: [
        Plot.barX(statuses, { x: 'count', y: 'label', fill: (s: { status: string }) => STATUS_COLOURS[s.status] }),
        Plot.text(statuses, { x: 'count', y: 'label', text: 'count', dx: 10, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    }),
  );
  const months = d.charters.signedByMonth.map((m) => ({ date: new Date(`${m.period}-01T00:00:00Z`), count: m.count }));
  $('chart-months').replaceChildren(
    Plot.plot({
      width: chartWidth('chart-months'),
      height: 220,
      ariaLabel: 'Signatures de chartes par mois',
      x: { label: null, type: 'utc', tickFormat: frenchMonth },
      y: { label: 'Signatures', grid: true, tickFormat: wholeNumbers },
      marks: [Plot.rectY(months, { x: 'date', y: 'count', interval: 'month', fill: COLOURS.blue }), Plot.ruleY([0])],
    }),
  );
  const kinds = d.charters.byCommitmentKind.map((k) => ({ ...k, label: commitmentKindLabels[k.kind] ?? k.kind }));
  $('chart-kinds').replaceChildren(
    Plot.plot({
      width: chartWidth('chart-kinds'),
      height: 60 + 22 * Math.max(1, kinds.length),
      marginLeft: 220,
      ariaLabel: 'Engagements des chartes par type',
      x: { label: 'Engagements', grid: true, tickFormat: wholeNumbers },
      y: { label: null },
      marks: [Plot.barX(kinds, { x: 'count', y: 'label', fill: COLOURS.green, sort: { y: '-x' } }), Plot.ruleX([0])],
    }),
  );
  const events = (d.events?.byKind ?? []).map((k) => ({ ...k, label: eventKindLabels[k.kind] ?? k.kind }));
  $('chart-events').replaceChildren(
    Plot.plot({
      width: chartWidth('chart-events'),
      height: 60 + 22 * Math.max(1, events.length),
      marginLeft: 200,
      marginRight: 30,
      ariaLabel: 'Évènements par type',
      x: { label: 'Évènements', grid: true, tickFormat: wholeNumbers },
      y: { label: null },
      marks: [
        Plot.barX(events, { x: 'count', y: 'label', fill: COLOURS.purple, sort: { y: '-x' } }),
        Plot.text(events, { x: 'count', y: 'label', text: 'count', dx: 10, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    }),
  );
  const requests = [
    { label: 'En attente', count: d.immersions.pending, colour: COLOURS.orange },
    { label: 'Acceptées', count: d.immersions.accepted, colour: COLOURS.green },
    { label: 'Refusées', count: d.immersions.declined, colour: COLOURS.vermillion },
    { label: 'Expirées', count: d.immersions.expired ?? 0, colour: COLOURS.purple },
  ];
  $('chart-immersions').replaceChildren(
    Plot.plot({
      width: chartWidth('chart-immersions'),
      height: 170,
      marginLeft: 90,
      marginRight: 40,
      ariaLabel: "Demandes d'immersion par réponse",
      x: {
        label: 'Demandes',
        grid: true,
        domain: [0, Math.max(1, ...requests.map((r) => r.count))],
        tickFormat: wholeNumbers,
      },
      y: { label: null, domain: requests.map((r) => r.label) },
      marks: [
        Plot.barX(requests, { x: 'count', y: 'label', fill: 'colour' }),
        Plot.text(requests, { x: 'count', y: 'label', text: 'count', dx: 10, textAnchor: 'start' }),
        Plot.ruleX([0]),
      ],
    }),
  );
  const outcomes = contactOutcomes(d);
  const shareText = (o: { count: number; share: number | null }) =>
    o.share === null ? String(o.count) : `${o.count} (${formatFigure({ value: o.share, unit: 'rate' })})`;
  $('chart-contacts').replaceChildren(
    outcomes.length === 0
      ? Object.assign(document.createElement('p'), { textContent: 'Inconnues : le service des personnes manque.' })
      : Plot.plot({
          width: chartWidth('chart-contacts'),
          height: 150,
          marginLeft: 150,
          marginRight: 70,
          ariaLabel: 'Demandes de contact aux ambassadeurs par réponse',
          x: {
            label: 'Part des demandes',
            grid: true,
            domain: [0, 1],
            tickFormat: (v: number) => formatFigure({ value: v, unit: 'rate' }),
          },
          y: { label: null, domain: outcomes.map((o) => o.label) },
          marks: [
            Plot.barX(outcomes, {
              x: (o: { share: number | null }) => o.share ?? 0,
              y: 'label',
              fill: (o: { key: string }) =>
                o.key === 'answered' ? COLOURS.green : o.key === 'expired' ? COLOURS.vermillion : COLOURS.orange,
            }),
            Plot.text(outcomes, {
              x: (o: { share: number | null }) => o.share ?? 0,
              y: 'label',
              text: shareText,
              dx: 6,
              textAnchor: 'start',
            }),
            Plot.ruleX([0]),
          ],
        }),
  );
  renderCommitmentsOverTime(d);
  renderActions(d);
  renderContactsByEpci(d);
  const missions = (d.coordinatorActions?.byMission ?? []).map((m) => ({
    ...m,
    label: missionLabels[m.mission] ?? m.mission,
  }));
  $('chart-missions').replaceChildren(
    !d.coordinatorActions
      ? Object.assign(document.createElement('p'), { textContent: 'Inconnues : le service des personnes manque.' })
      : Plot.plot({
          width: chartWidth('chart-missions'),
          height: 60 + 26 * Math.max(1, missions.length),
          marginLeft: 240,
          marginRight: 30,
          ariaLabel: 'Actions des coordinateurs par mission',
          x: { label: 'Actions', grid: true, tickFormat: wholeNumbers },
          y: { label: null, domain: missions.map((m) => m.label) },
          marks: [
            Plot.barX(missions, { x: 'count', y: 'label', fill: COLOURS.blue }),
            Plot.text(missions, { x: 'count', y: 'label', text: 'count', dx: 10, textAnchor: 'start' }),
            Plot.ruleX([0]),
          ],
        }),
  );
}

/**
 * A table of figures: a header row, then rows of cells; a cell given a key carries it (`data-series`) with its
 * raw value (`data-value`), as the figures above do.
 */
function seriesTable(
  caption: string,
  head: string[],
  rows: (string | { key: string; value: number | null; unit: 'count' | 'rate' })[][],
): HTMLTableElement {
  const table = document.createElement('table');
  table.className = 'series';
  table.createCaption().textContent = caption;
  const headRow = table.createTHead().insertRow();
  for (const label of head) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    headRow.append(th);
  }
  const body = table.createTBody();
  for (const cells of rows) {
    const row = body.insertRow();
    cells.forEach((cell, i) => {
      const td = i === 0 ? Object.assign(document.createElement('th'), { scope: 'row' }) : document.createElement('td');
      if (typeof cell === 'string') td.textContent = cell;
      else {
        td.textContent = formatFigure(cell);
        td.dataset.series = cell.key;
        td.dataset.value = cell.value === null ? '' : String(cell.value);
      }
      row.append(td);
    });
  }
  if (rows.length === 0) {
    const td = body.insertRow().insertCell();
    td.colSpan = head.length;
    td.textContent = 'Aucun';
  }
  return table;
}

/** Commitments by month of signature, the seven most frequent kinds stacked, the others together. */
function renderCommitmentsOverTime(d: Dashboard) {
  const rows = d.charters.commitmentsByMonth ?? [];
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.kind, (totals.get(r.kind) ?? 0) + r.count);
  const top = [...totals.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, totals.size > KIND_COLOURS.length ? KIND_COLOURS.length - 1 : KIND_COLOURS.length)
    .map(([kind]) => kind);
  const label = (kind: string) => (top.includes(kind) ? (commitmentKindLabels[kind] ?? kind) : OTHER_KINDS);
  const legend = [...top.map((k) => commitmentKindLabels[k] ?? k), ...(totals.size > top.length ? [OTHER_KINDS] : [])];
  const bars = rows.map((r) => ({ date: new Date(`${r.month}-01T00:00:00Z`), label: label(r.kind), count: r.count }));
  $('chart-commitments-months').replaceChildren(
    rows.length === 0
      ? Object.assign(document.createElement('p'), { textContent: 'Aucune charte signée dans la période.' })
      : Plot.plot({
          width: chartWidth('chart-commitments-months'),
          height: 260,
          ariaLabel: 'Engagements des chartes signées par mois et par type',
          x: { label: null, type: 'utc', tickFormat: frenchMonth },
          y: { label: 'Engagements', grid: true, tickFormat: wholeNumbers },
          color: {
            legend: true,
            domain: legend,
            range: KIND_COLOURS.slice(0, top.length).concat(totals.size > top.length ? ['#999999'] : []),
          },
          marks: [
            Plot.rectY(
              bars,
              Plot.stackY({
                x: 'date',
                y: 'count',
                fill: 'label',
                order: legend,
                interval: 'month',
                title: (b: { date: Date; label: string; count: number }) =>
                  `${frenchMonth(b.date)} · ${b.label} : ${b.count}`,
              }),
            ),
            Plot.ruleY([0]),
          ],
        }),
  );
  $('table-commitments-months').replaceChildren(
    seriesTable(
      'Engagements des chartes signées, par mois de signature et type',
      ['Mois', "Type d'engagement", 'Engagements'],
      rows.map((r) => [
        monthLabel(r.month),
        commitmentKindLabels[r.kind] ?? r.kind,
        { key: `charters.commitmentsByMonth.${r.month}.${r.kind}`, value: r.count, unit: 'count' },
      ]),
    ),
  );
}

/** The actions recorded under the charters' commitments, by kind. */
function renderActions(d: Dashboard) {
  const actions = (d.charters.actionsByKind ?? []).map((k) => ({
    ...k,
    label: commitmentKindLabels[k.kind] ?? k.kind,
  }));
  $('chart-actions').replaceChildren(
    actions.length === 0
      ? Object.assign(document.createElement('p'), { textContent: 'Aucune action dans la période.' })
      : Plot.plot({
          width: chartWidth('chart-actions'),
          height: 60 + 22 * actions.length,
          marginLeft: 220,
          marginRight: 30,
          ariaLabel: 'Actions menées au titre des engagements, par type',
          x: { label: 'Actions', grid: true, tickFormat: wholeNumbers },
          y: { label: null },
          marks: [
            Plot.barX(actions, { x: 'count', y: 'label', fill: COLOURS.orange, sort: { y: '-x' } }),
            Plot.text(actions, { x: 'count', y: 'label', text: 'count', dx: 10, textAnchor: 'start' }),
            Plot.ruleX([0]),
          ],
        }),
  );
  $('table-actions').replaceChildren(
    seriesTable(
      'Actions menées au titre des engagements, par type',
      ["Type d'engagement", 'Actions'],
      actions.map((a) => [a.label, { key: `charters.actionsByKind.${a.kind}`, value: a.count, unit: 'count' }]),
    ),
  );
}

/** How the contact requests were answered, by EPCI: a table, the response rate last (the expired in the CSV). */
function renderContactsByEpci(d: Dashboard) {
  const rows = d.contactRequests?.responsesByEpci;
  $('table-contacts-epci').replaceChildren(
    !rows
      ? Object.assign(document.createElement('p'), { textContent: 'Inconnues : le service des personnes manque.' })
      : seriesTable(
          'Demandes de contact par intercommunalité',
          ['Intercommunalité', 'Envoyées', 'Répondues', 'Taux de réponse'],
          rows.map((r) => {
            const key = `contactRequests.responsesByEpci.${r.epci.siren}`;
            return [
              r.epci.name,
              { key: `${key}.sent`, value: r.sent, unit: 'count' as const },
              { key: `${key}.answered`, value: r.answered, unit: 'count' as const },
              { key: `${key}.responseRate`, value: r.responseRate, unit: 'rate' as const },
            ];
          }),
        ),
  );
}

function exportCsv() {
  if (!current) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([figuresCsv(current)], { type: 'text/csv;charset=utf-8' }));
  link.download = `tableau-de-bord-${current.scope.replace(/[^\w-]+/g, '_')}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function start() {
  view.department.replaceChildren(option('', 'Normandie'), ...departments.map((d) => option(d.code, d.name)));
  view.layer.replaceChildren(...LAYERS.map((l) => option(l.key, l.label)));
  const token = sessionStorage.getItem(TOKEN_KEY);
  const bound = token ? tokenDepartments(token) : [];
  const wanted = new URLSearchParams(location.hash.slice(1));
  view.department.value = wanted.get('department') ?? startingDepartment(bound);
  fillEpciOptions();
  view.epci.value = wanted.get('epci') ?? '';
  view.schoolYear.replaceChildren(...schoolYears(today()).map((y) => option(y, y.replace('-', '–'))));
  view.month.value = wanted.get('month') ?? today().slice(0, 7);
  view.schoolYear.value = wanted.get('schoolYear') ?? schoolYearOf(today());
  view.from.value = wanted.get('from') ?? '';
  view.to.value = wanted.get('to') ?? '';
  view.period.value = wanted.has('month')
    ? 'month'
    : wanted.has('schoolYear')
      ? 'schoolYear'
      : wanted.has('from') || wanted.has('to')
        ? 'days'
        : 'all';
  showPeriodFields();
  view.layer.value = wanted.get('layer') ?? LAYERS[0]!.key;

  view.signinForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = view.token.value.trim();
    if (!value) return;
    sessionStorage.setItem(TOKEN_KEY, value);
    view.token.value = '';
    view.signinError.textContent = '';
    const mine = tokenDepartments(value);
    view.department.value = startingDepartment(mine);
    fillEpciOptions();
    signedIn(value);
    void refresh();
  });
  view.signout.addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    request++;
    history.replaceState(null, '', '#');
    signedIn(null);
  });
  view.department.addEventListener('change', () => {
    fillEpciOptions();
    void refresh();
  });
  view.period.addEventListener('change', () => {
    showPeriodFields();
    void refresh();
  });
  for (const input of [view.epci, view.month, view.schoolYear, view.from, view.to]) {
    input.addEventListener('change', () => void refresh());
  }
  view.layer.addEventListener('change', () => {
    keepInAddress(currentFilter());
    if (current) renderMap(current);
  });
  $('export').addEventListener('click', exportCsv);
  $('print').addEventListener('click', () => window.print());

  signedIn(token);
  if (token) void refresh();
}

start();
