import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { FieldProblem } from './errors';

/**
 * The largest magnitude a number argument may have. Far above any quantity of this domain (hours,
 * scores, KPI values; money travels as Decimal strings), far below what PostgreSQL's numeric
 * columns overflow on (a KPI value of 1e308 was an INTERNAL_SERVER_ERROR).
 */
export const MAX_NUMBER = 1e15;

function problemWith(value: unknown): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? 'must not contain NUL characters' : null;
  if (typeof value === 'number') {
    return Number.isFinite(value) && Math.abs(value) <= MAX_NUMBER
      ? null
      : `is out of range (at most ${MAX_NUMBER} in magnitude)`;
  }
  return null;
}

function walkJson(value: unknown, path: string, out: FieldProblem[]): void {
  const message = problemWith(value);
  if (message) out.push({ field: path, message });
  else if (Array.isArray(value)) value.forEach((item, i) => walkJson(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkJson(item, `${path}.${key}`, out);
  }
}

function walkLiteral(node: ValueNode, path: string, out: FieldProblem[]): void {
  switch (node.kind) {
    case Kind.STRING: {
      const message = problemWith(node.value);
      if (message) out.push({ field: path, message });
      return;
    }
    case Kind.INT:
    case Kind.FLOAT: {
      const message = problemWith(Number(node.value));
      if (message) out.push({ field: path, message });
      return;
    }
    case Kind.LIST:
      node.values.forEach((item, i) => walkLiteral(item, `${path}[${i}]`, out));
      return;
    case Kind.OBJECT:
      for (const field of node.fields) walkLiteral(field.value, `${path}.${field.name.value}`, out);
      return;
    default:
      return;
  }
}

/**
 * Values no argument of this API accepts, whatever its type: strings with NUL bytes (PostgreSQL
 * text cannot store them) and numbers beyond MAX_NUMBER. Checked once per request, in variables
 * and in literals, before anything executes — so they are BAD_USER_INPUT naming the argument,
 * not a driver error surfacing as INTERNAL_SERVER_ERROR. Field paths: `input.rows[2].value` for
 * literals, `$input.rows[2].value` for variables.
 */
export function findBadInput(
  document: DocumentNode,
  variables?: Record<string, unknown> | null,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const [name, value] of Object.entries(variables ?? {})) walkJson(value, `$${name}`, out);
  visit(document, {
    Argument(node) {
      walkLiteral(node.value, node.name.value, out);
      return false;
    },
    VariableDefinition(node) {
      if (node.defaultValue) walkLiteral(node.defaultValue, `$${node.variable.name.value}`, out);
      return false;
    },
  });
  return out;
}

/** The problems as one BAD_USER_INPUT answered with HTTP 400. */
export function badInputError(problems: FieldProblem[]): GraphQLError {
  const message = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new GraphQLError(`Invalid input — ${message}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      fields: problems.map((p) => p.field),
      problems,
      http: { status: 400 },
    },
  });
}
