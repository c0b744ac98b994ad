import { readFileSync } from 'node:fs';
import {
  type DefinitionNode,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphs } from '../src/subgraphs.ts';
import { apiSchema, loadSupergraphSdl } from '../src/supergraph.ts';

interface Element {
  /** Schema coordinate: `Type`, `Type.field`, `Type.field(argument)`, `Enum.VALUE`, `Input.field`. */
  coordinate: string;
  description: string | null | undefined;
  deprecationReason?: string | null;
}

/** Every element a client sees: types (custom scalars included), fields, arguments, enum values, input fields. */
function elementsOf(schema: GraphQLSchema): Element[] {
  const elements: Element[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    elements.push({ coordinate: type.name, description: type.description });
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        elements.push({ coordinate, description: field.description, deprecationReason: field.deprecationReason });
        for (const arg of field.args) {
          elements.push({
            coordinate: `${coordinate}(${arg.name})`,
            description: arg.description,
            deprecationReason: arg.deprecationReason,
          });
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        elements.push({
          coordinate: `${type.name}.${field.name}`,
          description: field.description,
          deprecationReason: field.deprecationReason,
        });
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        elements.push({
          coordinate: `${type.name}.${value.name}`,
          description: value.description,
          deprecationReason: value.deprecationReason,
        });
      }
    }
  }
  return elements;
}

/** The descriptions each subgraph gives an element, for the elements several subgraphs define. */
function descriptionsBySubgraph(): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  const note = (coordinate: string, subgraph: string, description: string | undefined) => {
    const bySubgraph = found.get(coordinate) ?? new Map<string, string>();
    bySubgraph.set(subgraph, description ?? '');
    found.set(coordinate, bySubgraph);
  };
  for (const subgraph of subgraphs) {
    const definitions = parse(readFileSync(subgraph.sdlFile, 'utf8')).definitions as readonly DefinitionNode[];
    for (const definition of definitions) {
      if (!('name' in definition) || !definition.name) continue;
      const type = definition.name.value;
      if ('description' in definition) note(type, subgraph.name, definition.description?.value);
      if ('fields' in definition) {
        for (const field of definition.fields ?? []) {
          note(`${type}.${field.name.value}`, subgraph.name, field.description?.value);
          for (const arg of 'arguments' in field ? (field.arguments ?? []) : []) {
            note(`${type}.${field.name.value}(${arg.name.value})`, subgraph.name, arg.description?.value);
          }
        }
      }
      if ('values' in definition) {
        for (const value of definition.values ?? []) {
          note(`${type}.${value.name.value}`, subgraph.name, value.description?.value);
        }
      }
    }
  }
  return new Map([...found].filter(([, bySubgraph]) => bySubgraph.size > 1));
}

describe('the public API schema', () => {
  const elements = elementsOf(apiSchema(loadSupergraphSdl()));

  it('describes every type, field, argument, enum value and input field', () => {
    const undescribed = elements.filter((e) => !e.description?.trim()).map((e) => e.coordinate);
    expect(elements.length).toBeGreaterThan(900);
    expect(undescribed, `${undescribed.length} elements without a description`).toEqual([]);
  });

  it('says what replaces anything deprecated', () => {
    const deprecated = elements.filter((e) => e.deprecationReason !== undefined && e.deprecationReason !== null);
    const withoutReason = deprecated
      .filter((e) => !e.deprecationReason?.trim() || e.deprecationReason === 'No longer supported')
      .map((e) => e.coordinate);
    expect(deprecated.length).toBeGreaterThan(0);
    expect(withoutReason).toEqual([]);
  });

  it('gives an element several subgraphs define the same description in each, so that composition keeps it', () => {
    const differing = [...descriptionsBySubgraph()]
      .filter(([, bySubgraph]) => new Set(bySubgraph.values()).size > 1)
      .map(([coordinate, bySubgraph]) => `${coordinate}: ${[...bySubgraph.keys()].join(', ')}`);
    expect(differing).toEqual([]);
  });
});
