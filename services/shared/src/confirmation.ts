/**
 * Confirmation of an address without blocking: what a public mutation (a registration, a contact request)
 * takes is held at once, and kept only if the address confirms it by the link mailed to it within the hold.
 */

/** How long an unconfirmed hold keeps what it took (a seat, a place in an ambassador's quota). */
export const HOLD_HOURS = 48;
export const holdExpiry = (now: Date) => new Date(now.getTime() + HOLD_HOURS * 3_600_000);

/**
 * Who must confirm their address: anonymous callers of the public API. Staff and partner keys answer for
 * the addresses they give.
 */
export const needsEmailConfirmation = (identity: { role: string }) => identity.role === 'public';

/** The columns of a new record: unconfirmed with its hold and the hash of its mailed token, or confirmed now. */
export const confirmationColumns = (needsConfirmation: boolean, now: Date, tokenHash: string) =>
  needsConfirmation
    ? { emailConfirmedAt: null, holdExpiresAt: holdExpiry(now), confirmationTokenHash: tokenHash }
    : { emailConfirmedAt: now, holdExpiresAt: null, confirmationTokenHash: null };
