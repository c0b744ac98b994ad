// What the e2e global setup hands to the tests (vitest's `provide` / `inject`).
declare module 'vitest' {
  export interface ProvidedContext {
    database: 'pglite' | 'postgres';
    gatewayUrl: string;
    companiesUrl: string;
    eventsUrl: string;
    authSecret: string;
    identitySecret: string;
    peopleUrl: string;
    accessUrl: string;
  }
}
export {};
