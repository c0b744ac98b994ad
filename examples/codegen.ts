import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation written with `graphql(...)` in src/, from the public schema the graph serves at
 * `GET /schema.graphql` (committed in this repository as schema/api.graphql). `persistedDocuments` also
 * writes the manifest of those operations, which the gateway can trust (`TRUSTED_DOCUMENTS`).
 */
const config: CodegenConfig = {
  schema: process.env.GRAPH_SCHEMA ?? '../schema/api.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: true,
  // ES module imports with extensions, as this repository's TypeScript settings (nodenext) want them.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};
export default config;
