import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLIncludeDirective,
  type GraphQLInputType,
  type GraphQLNamedType,
  GraphQLSkipDirective,
  type GraphQLSchema,
  isCompositeType,
  isInputObjectType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * Demand control after the IBM GraphQL cost specification, as Apollo Router and Hive Router read it: the
 * subgraphs annotate their lists with `@listSize` (and expensive fields with `@cost`), composition carries the
 * directives into the supergraph, and the gateway estimates an operation's cost from its shape and the
 * request's variables before any subgraph is called.
 *
 * - a field returning an object, interface or union costs 1 (or its `@cost` weight), a scalar or enum 0;
 * - a list multiplies its item's cost by its expected size: the largest slicing argument sent (`first`, a
 *   variable's value included) or declared as default, else its `assumedSize`, else the default list size;
 *   `sizedFields` carry that size down to a connection's `edges`;
 * - an input object argument costs 1 plus its fields; a mutation costs 10 more.
 */

interface ListSize {
  assumedSize?: number;
  slicingArguments: string[];
  sizedFields: string[];
}

interface FieldAnnotations {
  weight?: number;
  listSize?: ListSize;
}

/** The cost directives of a supergraph, by `Type.field`. */
export type CostModel = Map<string, FieldAnnotations>;

const intArgument = (value: ValueNode | undefined) =>
  value?.kind === Kind.INT ? Number.parseInt(value.value, 10) : undefined;
const stringList = (value: ValueNode | undefined) =>
  value?.kind === Kind.LIST ? value.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])) : [];

/** Reads `@cost` and `@listSize` once from the supergraph SDL (the API schema the gateway serves drops them). */
export function costModelOf(supergraphSdl: string): CostModel {
  const model: CostModel = new Map();
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      const annotations: FieldAnnotations = {};
      for (const directive of field.directives ?? []) {
        const argument = (name: string) => directive.arguments?.find((a) => a.name.value === name)?.value;
        if (directive.name.value === 'cost') annotations.weight = intArgument(argument('weight'));
        if (directive.name.value === 'listSize') {
          annotations.listSize = {
            assumedSize: intArgument(argument('assumedSize')),
            slicingArguments: stringList(argument('slicingArguments')),
            sizedFields: stringList(argument('sizedFields')),
          };
        }
      }
      if (annotations.weight !== undefined || annotations.listSize) {
        model.set(`${definition.name.value}.${field.name.value}`, annotations);
      }
    }
  }
  return model;
}

interface Scoring {
  schema: GraphQLSchema;
  model: CostModel;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  defaultListSize: number;
}

const skipped = (node: FieldNode, variables: Record<string, unknown>) =>
  getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true ||
  getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false;

/** An argument's own cost: input objects 1 plus their fields, lists the sum of their items, scalars nothing. */
function argumentCost(type: GraphQLInputType, value: unknown): number {
  if (value === null || value === undefined) return 0;
  const named = getNullableType(type);
  if (isListType(named)) {
    return Array.isArray(value) ? value.reduce((sum: number, item) => sum + argumentCost(named.ofType, item), 0) : 0;
  }
  if (isInputObjectType(named) && typeof value === 'object') {
    const fields = named.getFields();
    return Object.entries(value as Record<string, unknown>).reduce(
      (sum, [name, inner]) => sum + (fields[name] ? argumentCost(fields[name].type, inner) : 0),
      1,
    );
  }
  return 0;
}

/**
 * The size a `@listSize` field announces for this selection: the largest slicing argument, else its assumed
 * size. A negative argument counts as nothing (the subgraph refuses it), never as a negative cost that would
 * pay for the rest of the operation; an explicit null counts as absent (the subgraph serves its default).
 */
function expectedSize(listSize: ListSize | undefined, args: Record<string, unknown>): number | undefined {
  if (!listSize) return undefined;
  const sizes = listSize.slicingArguments
    .map((name) => args[name])
    .filter((v): v is number => Number.isInteger(v))
    .map((v) => Math.max(0, v));
  return sizes.length ? Math.max(...sizes) : listSize.assumedSize;
}

function selectionSetCost(
  s: Scoring,
  selectionSet: SelectionSetNode | undefined,
  parent: GraphQLNamedType,
  sized?: { fields: string[]; size: number | undefined },
): number {
  let cost = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(s, selection, parent, sized?.fields.includes(selection.name.value) ? sized.size : undefined);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? s.schema.getType(selection.typeCondition.name.value) : parent;
      cost += selectionSetCost(s, selection.selectionSet, on ?? parent, sized);
    } else {
      const fragment = s.fragments.get(selection.name.value);
      const on = fragment && s.schema.getType(fragment.typeCondition.name.value);
      if (fragment && on) cost += selectionSetCost(s, fragment.selectionSet, on, sized);
    }
  }
  return cost;
}

function fieldCost(s: Scoring, node: FieldNode, parent: GraphQLNamedType, sizeFromParent: number | undefined): number {
  if (node.name.value.startsWith('__') || skipped(node, s.variables)) return 0;
  if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
  const definition = parent.getFields()[node.name.value];
  if (!definition) return 0;
  const annotations = s.model.get(`${parent.name}.${definition.name}`);
  const args = getArgumentValues(definition, node, s.variables);
  const size = expectedSize(annotations?.listSize, args);
  const instances = isListType(getNullableType(definition.type)) ? (sizeFromParent ?? size ?? s.defaultListSize) : 1;
  const named = getNamedType(definition.type);
  const own = annotations?.weight ?? (isCompositeType(named) ? 1 : 0);
  const children = selectionSetCost(
    s,
    node.selectionSet,
    named,
    annotations?.listSize ? { fields: annotations.listSize.sizedFields, size } : undefined,
  );
  const argumentsCost = definition.args.reduce((sum, arg) => sum + argumentCost(arg.type, args[arg.name]), 0);
  return instances * (own + children) + argumentsCost;
}

/**
 * The estimated cost of one operation of a document, with its (coerced) variables. Unknown fields cost
 * nothing: validation has refused them already.
 */
export function estimateCost(options: {
  schema: GraphQLSchema;
  model: CostModel;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  defaultListSize: number;
}): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of options.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = options.schema.getRootType(options.operation.operation);
  if (!root) return 0;
  const scoring: Scoring = { ...options, fragments };
  return (
    (options.operation.operation === 'mutation' ? 10 : 0) +
    selectionSetCost(scoring, options.operation.selectionSet, root)
  );
}
