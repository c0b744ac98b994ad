import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { token } from '@dm/testing/stack';
import { graphqlClient } from '@dm/testing';
import { launchChromium } from '@dm/testing/browser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gatewayBeside } from '../../../infra/test/beside.ts';
import { buildDashboard } from '../src/build.ts';
import { type Dashboard, figuresOf, formatFigure, seriesOf } from '../src/figures.ts';
import { manifest, manifestPath } from '../src/manifest.ts';

// The staff dashboard page in headless Chromium, built by this test and served by a gateway in front of the
// test stack, with the page's manifest as its trusted documents. Screenshots go to test-results/dashboard/
// (manche-pglite.png, manche-postgres.png).

const MANCHE = '50';
const artefacts = join(import.meta.dirname, '../../../test-results/dashboard');
const operation = manifest().operations[0]!;

describe('the staff dashboard page', () => {
  let folder: string;
  let stopGateway: () => Promise<void>;
  let origin: string;
  let browser: Browser;
  let coordinator: string;
  let gql: ReturnType<typeof graphqlClient>;
  const graphqlRequests: { method: string; url: string; body: string | null }[] = [];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'dashboard-page-'));
    await buildDashboard(folder);
    const gateway = await gatewayBeside({
      DASHBOARD_DIR: folder,
      TRUSTED_DOCUMENTS: manifestPath,
      TRUSTED_DOCUMENTS_ONLY: 'true',
    });
    stopGateway = gateway.stop;
    gql = graphqlClient(gateway.url);
    origin = new URL(gateway.url).origin;
    browser = await launchChromium();
    coordinator = await token({ role: 'coordinator', subject: 'coordinator:manche', departments: [MANCHE] });
    mkdirSync(artefacts, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stopGateway?.();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  /** What the graph answers the page's operation, for the coordinator. */
  async function graphAnswer(filter: Record<string, string>): Promise<Dashboard> {
    const { data, errors } = await gql<{ regionalDashboard: Dashboard }>(
      operation.body,
      { filter },
      { token: coordinator },
    );
    expect(errors).toBeUndefined();
    return data!.regionalDashboard;
  }

  /** The figures the page shows: key → [raw value, text]. */
  const shown = (tab: Page) =>
    tab.$$eval('[data-figure]', (nodes) =>
      Object.fromEntries(
        nodes.map((n) => [(n as HTMLElement).dataset.figure, [(n as HTMLElement).dataset.value, n.textContent]]),
      ),
    );

  const expected = (d: Dashboard) =>
    Object.fromEntries(figuresOf(d).map((f) => [f.key, [f.value === null ? '' : String(f.value), formatFigure(f)]]));

  /** The figures of the breakdown tables (commitments by month, actions, responses by EPCI): key → raw value. */
  const shownSeries = (tab: Page) =>
    tab.$$eval('[data-series]', (nodes) =>
      Object.fromEntries(nodes.map((n) => [(n as HTMLElement).dataset.series, (n as HTMLElement).dataset.value])),
    );

  const expectedSeries = (d: Dashboard) =>
    Object.fromEntries(Object.entries(seriesOf(d)).map(([key, value]) => [key, value === null ? '' : String(value)]));

  const ready = (tab: Page) => tab.waitForSelector('#dashboard[data-state="ready"]');

  /**
   * Shows a view and compares it with the graph's answer. Other tests write at the same time: the page's figures
   * are checked against two reads of the graph in a row that agree, one before the page loads and one after.
   */
  async function checkView(tab: Page, filter: Record<string, string>): Promise<Dashboard> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const before = await graphAnswer(filter);
      await tab.goto(`${origin}/dashboard/#${new URLSearchParams(filter)}`);
      await tab.reload(); // the address alone changes no page: load it anew with its filters
      await ready(tab);
      const figures = await shown(tab);
      const series = await shownSeries(tab);
      const after = await graphAnswer(filter);
      if (JSON.stringify(before) !== JSON.stringify(after)) continue;
      expect(await tab.getAttribute('#dashboard', 'data-scope')).toBe(after.scope);
      expect(figures).toEqual(expected(after));
      expect(series).toEqual(expectedSeries(after));
      return after;
    }
    throw new Error('The graph kept changing under the test');
  }

  it('signs a coordinator of Manche in, shows the graph figures, follows the EPCI filter, exports and prints', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'fr-FR',
      acceptDownloads: true,
    });
    const tab = await context.newPage();
    tab.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') {
        graphqlRequests.push({ method: request.method(), url: request.url(), body: request.postData() });
      }
    });
    const problems: string[] = [];
    tab.on('pageerror', (err) => problems.push(String(err)));
    tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    try {
      await tab.goto(`${origin}/dashboard/`);
      await tab.fill('#token', coordinator);
      await tab.click('#signin-form button[type="submit"]');
      await ready(tab);
      // The coordinator's department is chosen for them.
      expect(await tab.inputValue('#department')).toBe(MANCHE);
      const manche = await checkView(tab, { department: MANCHE });
      expect(manche.department?.code).toBe(MANCHE);
      // Commitments over time: each month's commitments by kind add up to the commitments by kind.
      const commitments = manche.charters.commitmentsByMonth ?? [];
      expect(commitments.length, 'the demo data has commitments in Manche').toBeGreaterThan(0);
      for (const k of manche.charters.byCommitmentKind) {
        const overTime = commitments.filter((c) => c.kind === k.kind).reduce((n, c) => n + c.count, 0);
        expect(overTime, k.kind).toBe(k.count);
      }
      expect(await tab.$$('#chart-commitments-months svg rect')).not.toHaveLength(0);
      // Response rates by EPCI: the EPCI of the requests sent, with their answers.
      const responses = manche.contactRequests?.responsesByEpci ?? [];
      expect(responses.map((r) => [r.epci.siren, r.sent])).toEqual(
        (manche.contactRequests?.byEpci ?? []).map((r) => [r.epci.siren, r.count]),
      );
      expect(responses.reduce((n, r) => n + r.answered, 0)).toBeLessThanOrEqual(manche.contactRequests!.answered);
      expect(responses.some((r) => r.answered > 0)).toBe(true);
      expect(Number(await tab.getAttribute('[data-figure="charters.total"]', 'data-value'))).toBe(
        manche.charters.total,
      );
      // Manche's orientation places (its demonstration école de production) are on the map.
      const placeTitles = await tab.$$eval('#map title', (titles) => titles.map((t) => t.textContent ?? ''));
      expect(placeTitles.some((t) => t.startsWith("Lieu d'orientation : École de production de Saint-Lô"))).toBe(true);
      // So are its upcoming events (the demonstration ones of its towns), and none of another department.
      expect(placeTitles.some((t) => t.startsWith('Évènement à venir : ') && t.includes('Saint-Lô'))).toBe(true);
      expect(placeTitles.some((t) => t.startsWith('Évènement à venir : ') && t.includes('Caen'))).toBe(false);

      // An EPCI of Manche with some, but not all, of the department's charters: its figures differ.
      const epci = manche.charters.byEpci.find((e) => e.count > 0 && e.count < manche.charters.total);
      expect(epci, 'the demo data has charters in several EPCI of Manche').toBeDefined();
      await tab.selectOption('#epci', epci!.epci.siren);
      await ready(tab);
      expect(await tab.getAttribute('[data-figure="charters.total"]', 'data-value')).toBe(String(epci!.count));
      const byEpci = await checkView(tab, { department: MANCHE, epci: epci!.epci.siren });
      expect(byEpci.charters.total).toBeLessThan(manche.charters.total);
      expect(await tab.textContent('#scope')).toContain(epci!.epci.name);

      // The view's figures as CSV.
      const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#export')]);
      const csv = readFileSync((await download.path()) as string, 'utf8');
      expect(csv).toContain(`;Chartes signées;charters.total;${byEpci.charters.total}\r\n`);
      // ...and its breakdowns by EPCI, one row per EPCI and figure.
      const siren = epci!.epci.siren;
      expect(csv).toMatch(new RegExp(`\\(${siren}\\);Chartes signées;epci\\.${siren}\\.charters;${epci!.count}\\r\\n`));
      for (const r of byEpci.ambassadors?.byEpci ?? []) {
        expect(csv).toContain(`;Ambassadeurs actifs;epci.${r.epci.siren}.ambassadors;${r.count}\r\n`);
      }
      // ...the commitments over time, and the contact requests answered by EPCI.
      for (const r of byEpci.charters.commitmentsByMonth ?? []) {
        expect(csv).toContain(`;charters.commitmentsByMonth.${r.month}.${r.kind};${r.count}\r\n`);
      }
      for (const r of byEpci.contactRequests?.responsesByEpci ?? []) {
        expect(csv).toContain(`;epci.${r.epci.siren}.contactRequests.answered;${r.answered}\r\n`);
      }

      await tab.selectOption('#epci', '');
      await ready(tab);
      await tab.screenshot({ path: join(artefacts, `manche-${inject('database')}.png`), fullPage: true });

      // The period: a school year, then a month, chosen in the form, give the graph's figures of that period.
      const periodReady = (key: string, value: string) =>
        tab.waitForFunction(
          ([k, v]) =>
            new URLSearchParams(location.hash.slice(1)).get(k!) === v &&
            document.getElementById('dashboard')?.dataset.state === 'ready',
          [key, value],
        );
      await tab.selectOption('#period', 'schoolYear');
      const schoolYear = await tab.inputValue('#school-year');
      await periodReady('schoolYear', schoolYear);
      const inYear = await graphAnswer({ department: MANCHE, schoolYear });
      expect(Number(await tab.getAttribute('[data-figure="charters.total"]', 'data-value'))).toBe(
        inYear.charters.total,
      );
      expect(inYear.charters.total, 'the demo data has charters of earlier school years').toBeLessThan(
        manche.charters.total,
      );
      expect(await tab.textContent('#scope')).toContain(`du ${inYear.from} au ${inYear.to}`);
      await checkView(tab, { department: MANCHE, schoolYear });

      const month = [...manche.charters.signedByMonth].reverse().find((m) => m.count > 0)!;
      await tab.selectOption('#period', 'month');
      await tab.fill('#month', month.period);
      await periodReady('month', month.period);
      expect(await tab.getAttribute('[data-figure="charters.total"]', 'data-value')).toBe(String(month.count));
      const inMonth = await checkView(tab, { department: MANCHE, month: month.period });
      expect(inMonth.charters.total).toBe(month.count);
      expect(inMonth.from).toBe(`${month.period}-01`);
      // Every part has figures for the department over all periods (the demonstration data fills them).
      expect(manche.immersions.requests).toBeGreaterThan(0);
      expect(manche.immersions.agreementsValidated).toBeGreaterThan(0);
      expect(manche.contactRequests?.answered).toBeGreaterThan(0);
      expect(manche.events?.attendanceRate).not.toBeNull();
      expect(manche.events?.fillRate).not.toBeNull();
      await tab.selectOption('#period', 'all');
      await ready(tab);

      // On a tablet held upright, everything fits the width: no sideways scrolling.
      await tab.setViewportSize({ width: 768, height: 1024 });
      expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
      await tab.setViewportSize({ width: 1366, height: 900 });

      // Printed: figures and charts, no buttons.
      await tab.emulateMedia({ media: 'print' });
      expect(await tab.isVisible('#export')).toBe(false);
      expect(await tab.isVisible('[data-figure="charters.total"]')).toBe(true);
      await tab.emulateMedia({ media: 'screen' });

      // Another department is not the coordinator's: refused, and nothing shown.
      await tab.selectOption('#department', '14');
      await tab.waitForSelector('#dashboard[data-state="error"]');
      expect(await tab.textContent('#error')).toContain("n'est pas le vôtre");
      expect(await tab.$$('[data-figure]')).toHaveLength(0);

      // The page ran its one operation by id, as a trusted document: never its text.
      expect(graphqlRequests.length).toBeGreaterThan(0);
      for (const request of graphqlRequests) {
        expect(request.method).toBe('GET');
        const params = new URL(request.url).searchParams;
        expect(params.get('query')).toBeNull();
        expect(JSON.parse(params.get('extensions') as string)).toEqual({
          persistedQuery: { version: 1, sha256Hash: operation.id },
        });
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows no figure to a visitor without a token, nor to one with a token the graph refuses', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    try {
      await tab.goto(`${origin}/dashboard/#department=${MANCHE}`);
      expect(await tab.isVisible('#signin')).toBe(true);
      expect(await tab.isVisible('#dashboard')).toBe(false);
      expect(await tab.$$('[data-figure]')).toHaveLength(0);
      // The page itself holds no figure: it gets them from the graph, which needs a staff token.
      const html = await (await fetch(`${origin}/dashboard/`)).text();
      expect(html).not.toContain('data-figure');

      await tab.fill('#token', 'not-a-token');
      await tab.click('#signin-form button[type="submit"]');
      await tab.waitForSelector('#signin-error:not(:empty)');
      expect(await tab.isVisible('#signin')).toBe(true);
      expect(await tab.$$('[data-figure]')).toHaveLength(0);

      // Nor does a signed-in user who is not staff: the graph refuses them the dashboard.
      const ambassador = await token({ role: 'ambassador', subject: 'ambassador:test', person: randomUUID() });
      await tab.fill('#token', ambassador);
      await tab.click('#signin-form button[type="submit"]');
      await tab.waitForSelector('#dashboard[data-state="error"]');
      expect(await tab.textContent('#error')).toContain('ne donne pas accès');
      expect(await tab.$$('[data-figure]')).toHaveLength(0);
    } finally {
      await context.close();
    }
  });

  it('serves the page with a strict content policy, its assets for a year, and nothing else under /dashboard', async () => {
    const redirect = await fetch(`${origin}/dashboard`, { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get('location')).toBe('/dashboard/');
    const page = await fetch(`${origin}/dashboard/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const script = (await page.text()).match(/src="(\/dashboard\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${origin}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of [
      '/dashboard/assets/..%2F..%2Fpackage.json',
      '/dashboard/vite.config.ts',
      '/dashboard/src/main.ts',
    ]) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(404);
    }
  });
});
