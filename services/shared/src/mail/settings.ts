import { loadConfig, z } from '../config.ts';

const urlTemplate = (fallback: string) =>
  z.string().includes('{id}', { message: 'a URL with {id} where the id goes' }).default(fallback);

/**
 * Mail settings, the same for every subgraph that sends mail (companies, events, people), validated
 * once. Front-end pages are URL templates: `{id}` is replaced by the record's id.
 */
export const mailEnvSchema = z.object({
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().default('Destination Métier <ne-pas-repondre@destination-metier.invalid>'),
  MAIL_INTERVAL_MS: z.coerce.number().int().min(100).default(30_000),
  CONTACT_FALLBACK_EMAIL: z.email().default('contact@destination-metier.invalid'),
  ANSWER_URL: urlTemplate('http://localhost:4000/demandes/{id}'),
  EVENT_URL: urlTemplate('http://localhost:4000/evenements/{id}'),
  IMMERSION_OFFER_URL: urlTemplate('http://localhost:4000/immersions/{id}'),
  PARENTS_CAFE_URL: urlTemplate('http://localhost:4000/cafes-des-parents/{id}'),
  /** The page where a registrant confirms or cancels a registration; the mails add `?confirmer=` or `?annuler=` and a token. */
  REGISTRATION_URL: urlTemplate('http://localhost:4000/inscriptions/{id}'),
  /** Where a requester confirms a contact request made on the public site: `{id}` is the single-use token. */
  CONTACT_CONFIRM_URL: urlTemplate('http://localhost:4000/demandes/confirmation/{id}'),
  /** Where a company answers an immersion request: `{id}` is the request's id. */
  IMMERSION_ANSWER_URL: urlTemplate('http://localhost:4000/entreprise/demandes-immersion/{id}'),
  /** Where a party signs an immersion agreement: `{id}` is the party's single-use token. */
  AGREEMENT_SIGN_URL: urlTemplate('http://localhost:4000/conventions/signature/{id}'),
  /** A company's charter page (its commitments and actions, its renewal): `{id}` is the charter's id. */
  CHARTER_URL: urlTemplate('http://localhost:4000/entreprise/charte/{id}'),
});

export const readMailEnv = (env: NodeJS.ProcessEnv = process.env) => loadConfig(mailEnvSchema, env);
export type MailEnv = ReturnType<typeof readMailEnv>;

/** A front-end page of a record, from its URL template. */
export const pageUrl = (template: string, id: string) => template.replaceAll('{id}', encodeURIComponent(id));
