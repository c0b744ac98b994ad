import { fileURLToPath } from 'node:url';

/** The subgraphs of the graph, with the URL written into the supergraph (overridable at run time). */
export const subgraphs = [
  {
    name: 'companies',
    url: 'http://localhost:4001/graphql',
    sdlFile: fileURLToPath(new URL('../../services/companies/schema.graphql', import.meta.url)),
  },
  {
    name: 'events',
    url: 'http://localhost:4002/graphql',
    sdlFile: fileURLToPath(new URL('../../services/events/schema.graphql', import.meta.url)),
  },
  {
    name: 'people',
    url: 'http://localhost:4003/graphql',
    sdlFile: fileURLToPath(new URL('../../services/people/schema.graphql', import.meta.url)),
  },
  {
    name: 'access',
    url: 'http://localhost:4004/graphql',
    sdlFile: fileURLToPath(new URL('../../services/access/schema.graphql', import.meta.url)),
  },
];

export const supergraphFile = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
/** The public API schema (what `GET /schema.graphql` serves), committed so that a change to it shows in review. */
export const apiSchemaFile = fileURLToPath(new URL('../api.graphql', import.meta.url));
