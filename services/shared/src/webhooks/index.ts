// One webhook mechanism: each subgraph records the changes partners subscribe to in an outbox of its own,
// in the same transaction as the change; the access subgraph takes them, delivers and retries them.
export * from './events.ts';
export * from './outbox.ts';
