import type { NonEmptyArray } from 'type-graphql';
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { authChecker } from './auth/auth-checker';
import { AuthResolver } from './modules/auth/auth.resolver';
import { EmployeeNodeResolver, EmployeeResolver } from './modules/employee/employee.resolver';
import { NodeResolver } from './modules/node/node.resolver';

/**
 * Every resolver class of the API. The rules/workflow module appends its own here, so there is
 * one list and one schema.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  NodeResolver,
  EmployeeResolver,
  EmployeeNodeResolver,
];

/** Builds the executable schema (class-validator on every input, role checks via authChecker). */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    authChecker,
    // Without this an Authorized field denied to a caller would be silently nulled.
    authMode: 'error',
  });
}

/** The schema as committed in api/schema.graphql: sorted, so the file diffs cleanly. */
export async function buildSortedSchema(): Promise<GraphQLSchema> {
  return lexicographicSortSchema(await buildApiSchema());
}
