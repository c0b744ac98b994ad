import type { Identity } from '@dm/shared';
import { type AmbassadorScope, canChangeAmbassador, canHandleRequest, type RequestScope } from './access.ts';

/**
 * The visibility policy of the people subgraph, one rule per kind of personal datum:
 * - an ambassador's last name, e-mail and phone: the ambassador, their company, staff of their department;
 * - a contact request's requester name, role, message and answer: its addressee and staff of its
 *   department (the requester's e-mail is never shown to anyone: answers are relayed);
 * Partners and the public see none of them.
 */
export const mayReadAmbassadorContact = (identity: Identity, ambassador: AmbassadorScope) =>
  canChangeAmbassador(identity, ambassador);
export const mayReadContactRequest = (identity: Identity, request: RequestScope) => canHandleRequest(identity, request);
