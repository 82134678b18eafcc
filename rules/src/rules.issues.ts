import type { z } from 'zod';

// A rule's validation problems as codes plus values, for the API's BAD_USER_INPUT details and the
// dashboard's form (which words them in the user's language). One mapping, so the server and the
// client name the same problem the same way.

export const RULE_PROBLEM_CODES = [
  'REQUIRED',
  'TOO_LOW',
  'TOO_HIGH',
  'NOT_INTEGER',
  'NOT_A_NUMBER',
  'INVALID_DATE',
  'INVALID_CHOICE',
  'TOO_FEW',
  'WEIGHTS_SUM_100',
  'DUPLICATE_CRITERION',
  'UNKNOWN_KPI_BINDING',
  'EXCEEDS_WINDOW',
  'DATE_ORDER',
  'INVALID',
] as const;
export type RuleProblemCode = (typeof RULE_PROBLEM_CODES)[number];

export interface RuleProblem {
  /** Dotted path inside the definition, e.g. requiredCourses.0.minExamScore. */
  path: string;
  code: RuleProblemCode;
  min?: number;
  max?: number;
  value?: string;
}

type Issue = z.core.$ZodIssue;

function problemOf(issue: Issue): Omit<RuleProblem, 'path'> {
  switch (issue.code) {
    case 'invalid_type': {
      // Inputs are only in the issue when parsed with reportInput (ruleDraftProblems does).
      const input = 'input' in issue ? issue.input : undefined;
      if (input === undefined || input === null || input === '') return { code: 'REQUIRED' };
      if (issue.expected === 'int' && typeof input === 'number') return { code: 'NOT_INTEGER' };
      return issue.expected === 'number' || issue.expected === 'int'
        ? { code: 'NOT_A_NUMBER' }
        : { code: 'INVALID' };
    }
    case 'too_small':
      if (issue.origin === 'array') return { code: 'TOO_FEW', min: Number(issue.minimum) };
      if (issue.origin === 'string') return { code: 'REQUIRED' };
      return { code: 'TOO_LOW', min: Number(issue.minimum) };
    case 'too_big':
      return { code: 'TOO_HIGH', max: Number(issue.maximum) };
    case 'invalid_format':
      return { code: 'INVALID_DATE' };
    case 'invalid_value':
    case 'invalid_union':
      return { code: 'INVALID_CHOICE' };
    case 'custom': {
      const params = (issue.params ?? {}) as { code?: RuleProblemCode; max?: number; value?: string };
      const { code = 'INVALID', ...values } = params;
      return { code, ...values };
    }
    default:
      // not_multiple_of (integers) and the rest.
      return issue.code === 'not_multiple_of' || (issue as { format?: string }).format === 'safeint'
        ? { code: 'NOT_INTEGER' }
        : { code: 'INVALID' };
  }
}

/** Parses a draft with its schema; [] when valid, else its coded problems. */
export function ruleDraftProblems(schema: z.ZodType, draft: unknown): RuleProblem[] {
  const result = schema.safeParse(draft, { reportInput: true });
  return result.success ? [] : ruleProblems(result.error);
}

/** Every issue of a failed parse as a coded problem (first problem per path). */
export function ruleProblems(error: z.ZodError): RuleProblem[] {
  const seen = new Map<string, RuleProblem>();
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (!seen.has(path)) seen.set(path, { path, ...problemOf(issue) });
  }
  return [...seen.values()];
}
