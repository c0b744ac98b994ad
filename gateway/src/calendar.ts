import type { ApolloServer } from '@apollo/server';
import { ErrorCode, type Route, sendFresh, sendJson, sendRefusal, todayInParis } from '@dm/shared';
import type { Admission, GatewayContext } from './admission.ts';

const LIST = `query Calendar($filter: EventFilter) { eventsCalendar(filter: $filter) }`;
const ONE = `query EventCalendar($id: ID!) { event(id: $id) { icalendar } }`;
const listParams = new Set(['kinds']);
/** The filters of `events` a calendar URL may carry; anything else is refused rather than ignored. */
export const calendarParams = [
  'kinds',
  'department',
  'communeCode',
  'from',
  'to',
  'audience',
  'companyId',
  'ambassadorId',
];

/**
 * The `events` filter a calendar URL asks for, from today unless it says otherwise (a feed of the past is
 * rarely what a calendar application wants); an unknown parameter (`departement=14`) is an error, never a
 * silently wider feed.
 */
export function calendarFilter(search: URLSearchParams, today: string): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const [name, value] of search) {
    if (!calendarParams.includes(name)) {
      throw Object.assign(new Error(`Unknown parameter "${name}": use ${calendarParams.join(', ')}`), { field: name });
    }
    if (value) filter[name] = listParams.has(name) ? value.split(',').map((v) => v.trim()) : value;
  }
  filter.from ??= today;
  return filter;
}

/**
 * iCalendar feeds for calendar applications, which can only follow a URL:
 * `/calendar/events.ics?department=14&kinds=FORUM,VAE_WEEK` and `/calendar/events/<id>.ics`.
 * They run as ordinary GraphQL operations through the graph: admission, limits and masking included.
 */
export function calendarRoute(apollo: ApolloServer<GatewayContext>, admit: Admission): Route {
  return async (req, res, url) => {
    if (req.method !== 'GET') return false;
    const one = /^\/calendar\/events\/([^/]+)\.ics$/.exec(url.pathname);
    if (!one && url.pathname !== '/calendar/events.ics') return false;

    let contextValue: GatewayContext;
    try {
      contextValue = await admit(req, res);
    } catch (err) {
      sendRefusal(res, err);
      return true;
    }
    let filter: Record<string, unknown> = {};
    if (!one) {
      try {
        filter = calendarFilter(url.searchParams, todayInParis());
      } catch (err) {
        const { message, field } = err as Error & { field: string };
        sendJson(res, 400, { errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, field } }] });
        return true;
      }
    }
    const response = await apollo.executeOperation(
      one
        ? { query: ONE, variables: { id: decodeURIComponent(one[1] as string) } }
        : { query: LIST, variables: { filter } },
      { contextValue },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    const data = result?.data as { eventsCalendar?: string; event?: { icalendar: string } | null } | undefined;
    const calendar = one ? data?.event?.icalendar : data?.eventsCalendar;
    if (!calendar) {
      const code = result?.errors?.[0]?.extensions?.code;
      const status = !result?.errors?.length
        ? 404
        : code === ErrorCode.BAD_USER_INPUT
          ? 400
          : code === ErrorCode.DOWNSTREAM_SERVICE_ERROR
            ? 503
            : (response.http.status ?? 500);
      sendJson(
        res,
        status,
        result?.errors
          ? { errors: result.errors }
          : { errors: [{ message: 'Event not found', extensions: { code: ErrorCode.NOT_FOUND } }] },
      );
      return true;
    }
    // Calendar applications poll: an unchanged feed costs them a 304.
    sendFresh(req, res, calendar, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${one ? 'event' : 'events'}.ics"`,
      'cache-control': 'public, max-age=300',
    });
    return true;
  };
}
