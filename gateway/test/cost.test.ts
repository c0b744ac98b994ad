import { readFileSync } from 'node:fs';
import { apiSchema, loadSupergraphSdl } from '@dm/schema';
import { buildSchema, getOperationAST, getVariableValues, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costModelOf, estimateCost } from '../src/cost.ts';

// A schema small enough to count by hand, annotated as the subgraphs annotate theirs.
const sdl = `
  directive @cost(weight: Int!) on FIELD_DEFINITION
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  input Filter { department: String, near: Near }
  input Near { latitude: Float!, longitude: Float! }
  type Query {
    companies(filter: Filter, first: Int, after: String): CompanyConnection!
      @listSize(assumedSize: 20, slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
    calendar: String! @cost(weight: 100)
    tags: [String!]!
  }
  type Mutation { register(name: String!): Company! }
  type CompanyConnection { totalCount: Int! edges: [CompanyEdge!]! pageInfo: PageInfo! }
  type PageInfo { hasNextPage: Boolean! }
  type CompanyEdge { node: Company! }
  type Company {
    name: String!
    charter: Charter
    ambassadors(first: Int = 20): [Ambassador!]! @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
    sites: [Site!]!
  }
  type Charter { status: String! }
  type Ambassador { name: String! }
  type Site { name: String! }
`;
const schema = buildSchema(sdl);
const model = costModelOf(sdl);

const cost = (text: string, variables: Record<string, unknown> = {}, s = schema, m = model) => {
  const document = parse(text);
  const operation = getOperationAST(document)!;
  const coerced = getVariableValues(s, operation.variableDefinitions ?? [], variables);
  if (!coerced.coerced) throw new Error(String(coerced.errors));
  return estimateCost({ schema: s, model: m, document, operation, variables: coerced.coerced, defaultListSize: 10 });
};

describe('demand control (IBM cost specification)', () => {
  it('counts objects, not scalars, and a list by its slicing argument', () => {
    expect(cost('{ companies(first: 5) { totalCount } }')).toBe(1); // the connection only
    // connection 1 + pageInfo 1 + 5 edges × (edge 1 + node 1 + charter 1)
    expect(
      cost('{ companies(first: 5) { pageInfo { hasNextPage } edges { node { name charter { status } } } } }'),
    ).toBe(1 + 1 + 5 * 3);
  });

  it('reads the slicing argument from a variable, as clients send it', () => {
    const text = 'query($n: Int) { companies(first: $n) { edges { node { ambassadors(first: $n) { name } } } } }';
    // 1 + n × (edge 1 + node 1 + n × ambassador 1)
    expect(cost(text, { n: 100 })).toBe(1 + 100 * (2 + 100));
    expect(cost(text, { n: 2 })).toBe(1 + 2 * (2 + 2));
  });

  it('never lets a negative or null slicing argument lower the cost of the rest', () => {
    const text =
      'query($n: Int, $m: Int) { a: companies(first: $n) { edges { node { name } } } b: companies(first: $m) { edges { node { name } } } }';
    expect(cost(text, { n: 10, m: -2_147_483_648 })).toBe(1 + 10 * 2 + 1);
    expect(cost(text, { n: 10, m: null })).toBe(1 + 10 * 2 + 1 + 20 * 2); // null: the default page of 20
  });

  it('falls back to the assumed size, the argument default, then the default list size', () => {
    expect(cost('{ companies { edges { node { name } } } }')).toBe(1 + 20 * 2); // assumedSize
    expect(cost('{ companies(first: 1) { edges { node { ambassadors { name } } } } }')).toBe(1 + 1 * (2 + 20)); // default 20
    expect(cost('{ companies(first: 1) { edges { node { sites { name } } } } }')).toBe(1 + 1 * (2 + 10)); // unannotated
  });

  it('adds @cost weights, input objects, fragments, and 10 for a mutation; skips what @skip leaves out', () => {
    expect(cost('{ calendar }')).toBe(100);
    expect(cost('{ companies(first: 1, filter: { near: { latitude: 1, longitude: 2 } }) { totalCount } }')).toBe(1 + 2);
    expect(
      cost('fragment F on Company { charter { status } } { companies(first: 2) { edges { node { ...F } } } }'),
    ).toBe(1 + 2 * 3);
    expect(cost('{ companies(first: 2) { edges @skip(if: true) { node { name } } } }')).toBe(1);
    expect(cost('mutation { register(name: "x") { charter { status } } }')).toBe(10 + 2);
  });

  it('lets every README example through and refuses the amplification attacks, with the real supergraph', () => {
    const supergraph = loadSupergraphSdl();
    const real = apiSchema(supergraph);
    const realModel = costModelOf(supergraph);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const examples = [...readme.matchAll(/```graphql[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(examples.length).toBeGreaterThan(5);
    // The README says each of its examples costs less than 700.
    for (const example of examples) expect(cost(example, {}, real, realModel)).toBeLessThan(700);
    const attack = `query($n: Int) { companies(first: $n) { edges { node { name
      ambassadors(first: $n) { displayName company { events(first: $n) { title } } } } } } }`;
    expect(cost(attack, { n: 100 }, real, realModel)).toBeGreaterThan(100_000);
  });
});
