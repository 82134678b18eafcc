import { describe, expect, it } from 'vitest';
import { JUNIOR_MANAGER_RULE } from '@talentloop/rules';
import { diffDefinitions, editable, parseInput, pathLabel, setIn, validateDraft } from './ruleForm.model';

describe('rule form model', () => {
  const rule = editable(JUNIOR_MANAGER_RULE);

  it('an empty number is "not set", never 0', () => {
    expect(parseInput('optionalNumber', '')).toBeNull();
    expect(parseInput('int', '')).toBeUndefined();
    expect(parseInput('number', '12.5')).toBe(12.5);
    expect(parseInput('optionalSelect', '')).toBeNull();
  });

  it('validates with the API schema and its codes, per definition path', () => {
    expect(validateDraft('PROMOTION', 'K', 2, rule).size).toBe(0);
    const bad = setIn(setIn(rule, ['minApprovedCases'], -1), ['reportWeights', 'training'], 90);
    const problems = validateDraft('PROMOTION', 'K', 2, bad);
    expect(problems.get('minApprovedCases')).toMatchObject({ code: 'TOO_LOW', min: 0 });
    expect(problems.get('reportWeights')).toMatchObject({ code: 'WEIGHTS_SUM_100' });
    const missing = validateDraft('PROMOTION', 'K', 2, setIn(rule, ['minApprovedCases'], undefined));
    // Absent means the default (0): not an error; an empty name is.
    expect(missing.size).toBe(0);
    expect(validateDraft('PROMOTION', 'K', 2, setIn(rule, ['name'], '')).get('name')).toMatchObject({
      code: 'REQUIRED',
    });
  });

  it('diffs two definitions leaf by leaf and labels the path', () => {
    const next = setIn(setIn(rule, ['minApprovedCases'], 3), ['requiredCourses', 0, 'minExamScore'], 95);
    const rows = diffDefinitions(rule, next);
    expect(rows.map((r) => r.path)).toEqual(['minApprovedCases', 'requiredCourses.0.minExamScore']);
    expect(rows[0]!.after).toBe('3');
    expect(pathLabel('requiredCourses.0.minExamScore')).toEqual({
      label: 'requiredCourses.minExamScore',
      row: 1,
    });
    expect(diffDefinitions(rule, rule)).toEqual([]);
  });
});
