/**
 * A public mutation never tells whether an address is already known: a known address gets an answer
 * like a new one, and the owner of the address is told by e-mail what they already have. At most one
 * such notice per record in this many hours, so that nobody can flood a mailbox.
 */
export const DUPLICATE_NOTICE_HOURS = 24;

/** Whether the owner of a record may be told again that their address was used for it. */
export function duplicateNoticeDue(lastNoticeAt: Date | null, now: Date): boolean {
  return lastNoticeAt === null || now.getTime() - lastNoticeAt.getTime() >= DUPLICATE_NOTICE_HOURS * 3_600_000;
}

/**
 * What a public mutation does with an address: `NEW`, record it; `AGAIN`, open again the record it
 * had cancelled; `KNOWN`, record nothing, answer as if it were new, and (when `notify`) tell the owner.
 */
export type Attempt = { kind: 'NEW' } | { kind: 'AGAIN' } | { kind: 'KNOWN'; notify: boolean };

/** The `KNOWN` case, with the owner told at most once a day per record. */
export const knownAddress = (record: { duplicateNoticeAt: Date | null }, now: Date): Attempt => ({
  kind: 'KNOWN',
  notify: duplicateNoticeDue(record.duplicateNoticeAt, now),
});

const parisDateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'full',
  timeStyle: 'short',
});
const parisDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full' });

/** "jeudi 12 mars 2026 à 14:00", in Normandy's time. */
export const frenchDateTime = (at: Date) => parisDateTime.format(at);
/** "jeudi 12 mars 2026": an instant's day in Normandy, or a `YYYY-MM-DD` calendar day. */
export const frenchDate = (day: Date | string) =>
  typeof day === 'string'
    ? new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', dateStyle: 'full' }).format(new Date(`${day}T12:00:00Z`))
    : parisDate.format(day);

/** The closing lines of every notice: why it came, and what to do if the address was used by someone else. */
export const noticeFooter = [
  'Ce message fait suite à une nouvelle demande faite avec votre adresse ; elle n’a rien changé à ce qui précède.',
  'Si elle ne vient pas de vous, ignorez ce message : vous n’en recevrez pas d’autre à ce sujet avant 24 heures.',
];
