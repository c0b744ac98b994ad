// One mail mechanism for every subgraph: an outbox table in its own schema, written in the same
// transaction as what caused the message, a SKIP LOCKED sender on the shared schedule, one SMTP adapter.
export * from './mailer.ts';
export * from './notice.ts';
export * from './outbox.ts';
export * from './sender.ts';
export * from './settings.ts';
