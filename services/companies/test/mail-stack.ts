import { signBearerToken } from '@dm/shared';
import { readMailEnv } from '@dm/shared/mail';
import { graphqlClient } from '@dm/testing';
import { startTestSmtp } from '@dm/testing/smtp';
import postgres from 'postgres';
import { expect, inject } from 'vitest';
import { type Stack, startLocalStack } from '../../../infra/src/stack.ts';

export const SITE = 'https://destination-metier.example';
export const FALLBACK = 'agence@destination-metier.example';
const DAY = 86_400_000;

/**
 * A stack of its own whose companies subgraph mails an SMTP server started here, on PGlite or, in the
 * PostgreSQL project, on a scratch database of TEST_DATABASE_URL's server; its clock moves when the test
 * says (`travel`), so that weeks pass in a test.
 */
export async function startMailStack() {
  const secret = `companies-mail-${Date.now()}-secret-companies-mail`;
  const smtp = await startTestSmtp();
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  let databaseUrl: string | undefined;
  let drop: (() => Promise<void>) | undefined;
  if (inject('database') === 'postgres') {
    const server = process.env.TEST_DATABASE_URL as string;
    const name = `dm_mail_${process.pid}_${Date.now()}`;
    const admin = postgres(server, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    drop = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
  }
  const stack: Stack = await startLocalStack({
    seed: 'none',
    databaseUrl,
    companiesClock: clock,
    env: { AUTH_JWT_SECRET: secret },
    mailEnv: readMailEnv({
      SMTP_URL: smtp.url,
      MAIL_INTERVAL_MS: '3600000',
      CONTACT_FALLBACK_EMAIL: FALLBACK,
      IMMERSION_OFFER_URL: `${SITE}/immersions/{id}`,
      IMMERSION_ANSWER_URL: `${SITE}/entreprise/demandes/{id}`,
      AGREEMENT_SIGN_URL: `${SITE}/conventions/signer/{id}`,
      CHARTER_URL: `${SITE}/entreprise/charte/{id}`,
    }),
  });
  const gql = graphqlClient(stack.gatewayUrl);
  return {
    smtp,
    stack,
    gql,
    token: (claims: Parameters<typeof signBearerToken>[0]) => signBearerToken(claims, secret),
    /** Moves the companies' clock `days` ahead. */
    travel: (days: number) => {
      offset += days * DAY;
    },
    now: clock,
    /** A round of the companies' mail sender at the stack's time: sweeps, then sends. */
    sweep: () => stack.mail.companies.runOnce(clock()),
    stop: async () => {
      await stack.stop();
      await smtp.close();
      await drop?.();
    },
  };
}

export type MailStack = Awaited<ReturnType<typeof startMailStack>>;

/** The data of an answer without errors. */
export function ok<T>(r: { data?: T | null; errors?: unknown[] }): T {
  expect(r.errors).toBeUndefined();
  return r.data as T;
}
