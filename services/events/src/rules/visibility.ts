import type { Identity } from '@dm/shared';
import { staffManagesEvent } from './access.ts';

/**
 * The visibility policy of the events subgraph. Its personal data are attendees (names, e-mail,
 * category, age, consent, attendance): only the staff who manage the event see them. The attendee
 * themself received their registration when making it; partners (even those who created the event) and
 * the public see none.
 */
export const mayReadAttendees = (identity: Identity, event: { departmentCode: string | null }) =>
  staffManagesEvent(identity, event);
