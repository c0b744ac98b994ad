import { type DatabaseHandle, internalRoute, NOTICES_SUBJECT, REFERENT_CONTACTS_PATH } from '@dm/shared';
import { referentContactsOf } from './store/referents.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `POST /internal/referent-contacts` `{ "ids": [...] }`: the names and addresses of the referents named, for the
 * companies subgraph's notices only (a charter's expiry told to its referent); erased referents are left out.
 */
export function referentContactsRoute(database: DatabaseHandle, identitySecret: string) {
  return internalRoute({
    path: REFERENT_CONTACTS_PATH,
    identitySecret,
    subject: NOTICES_SUBJECT,
    handle: async (body) => {
      const ids = (body as { ids?: unknown } | null)?.ids;
      if (!Array.isArray(ids) || ids.length > 200 || !ids.every((id) => typeof id === 'string')) {
        return { status: 400, body: { error: 'ids: up to 200 ids' } };
      }
      const referents = await referentContactsOf(
        database.db,
        ids.filter((id) => uuidPattern.test(id)),
      );
      return { status: 200, body: { referents } };
    },
  });
}
