import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, type ValueNode, visit } from 'graphql';
import { ErrorCode } from './errors.ts';
import { unsafeText } from './validation.ts';

interface Found {
  field: string;
  problem: string;
}

function inJson(value: unknown, path: string): Found | null {
  if (typeof value === 'string') {
    const problem = unsafeText(value);
    return problem ? { field: path, problem } : null;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = inJson(item, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = inJson(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Walks an argument as written: checks its string literals, and notes where each variable is used, so that
 * a variable's problem is named after the argument it fills (`$i` in `input: $i` is `input`).
 */
function inLiteral(value: ValueNode, path: string, usedAt: Map<string, string>): Found | null {
  if (value.kind === Kind.VARIABLE) {
    if (!usedAt.has(value.name.value)) usedAt.set(value.name.value, path);
    return null;
  }
  if (value.kind === Kind.STRING) {
    const problem = unsafeText(value.value);
    return problem ? { field: path, problem } : null;
  }
  if (value.kind === Kind.LIST) {
    for (const [i, item] of value.values.entries()) {
      const found = inLiteral(item, `${path}[${i}]`, usedAt);
      if (found) return found;
    }
  }
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const found = inLiteral(field.value, `${path}.${field.name.value}`, usedAt);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The first text of a request (a literal argument, or a variable) that no field of the graph may hold:
 * NUL and control characters, direction overrides, broken characters. Named as the schema names it
 * (`input.attendee.firstName`), whatever the variable is called.
 */
export function unsafeInput(document: DocumentNode, variables: Record<string, unknown> | undefined): Found | null {
  const literals = literalsOf(document);
  if (literals.found) return literals.found;
  for (const [name, value] of Object.entries(variables ?? {})) {
    const inVariable = inJson(value, literals.usedAt.get(name) ?? name);
    if (inVariable) return inVariable;
  }
  return null;
}

/**
 * What a document's own text holds: the first unsafe literal (arguments, then variables' defaults) and
 * where each variable is used. Worked out once per parsed document: Apollo Server hands the same document
 * object to every request that sends the same query, so only the variables are checked per request.
 */
const byDocument = new WeakMap<DocumentNode, { found: Found | null; usedAt: Map<string, string> }>();
function literalsOf(document: DocumentNode) {
  const known = byDocument.get(document);
  if (known) return known;
  const usedAt = new Map<string, string>();
  let found: Found | null = null;
  visit(document, {
    Argument(node) {
      const inArgument = inLiteral(node.value, node.name.value, usedAt);
      found ??= inArgument;
    },
  });
  // A variable's default value is a literal too, used where the variable is.
  visit(document, {
    VariableDefinition(node) {
      const name = node.variable.name.value;
      if (node.defaultValue) found ??= inLiteral(node.defaultValue, usedAt.get(name) ?? name, new Map());
    },
  });
  const literals = { found, usedAt };
  byDocument.set(document, literals);
  return literals;
}

/**
 * Refuses, before anything runs, a request carrying text that would break storage or mislead a reader
 * (PostgreSQL refuses NUL: it must be a client error, not an internal one that logs the row).
 */
export const inputHygienePlugin = <C extends BaseContext>(): ApolloServerPlugin<C> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const found = unsafeInput(document, request.variables);
        if (found) {
          throw new GraphQLError(`${found.field} ${found.problem}`, {
            extensions: { code: ErrorCode.BAD_USER_INPUT, field: found.field, http: { status: 400 } },
          });
        }
      },
    };
  },
});
