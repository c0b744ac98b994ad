// Every subgraph imports drizzle through here, so the graph loads a single copy of it.
export * from 'drizzle-orm';
