import type { RuleProblem } from '@talentloop/rules';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Definition,
  type FieldSpec,
  type ListSpec,
  type Path,
  formatInput,
  getIn,
  isList,
  parseInput,
  setIn,
  type Spec,
} from './ruleForm.model';

/** A rule problem in the user's language. */
export function problemText(t: (k: string, o?: Record<string, unknown>) => string, p: RuleProblem): string {
  return t(`ruleForm.problem.${p.code}`, { min: p.min, max: p.max, value: p.value });
}

/** The typed form of one rule kind: every field labelled, its problem beside it. */
export function RuleForm({
  specs,
  draft,
  problems,
  onChange,
}: {
  specs: Spec[];
  draft: Definition;
  problems: Map<string, RuleProblem>;
  onChange: (next: Definition) => void;
}) {
  return (
    <div className="form" data-testid="rule-form">
      {specs.map((spec) =>
        isList(spec) ? (
          <ListField
            key={spec.path.join('.')}
            spec={spec}
            draft={draft}
            problems={problems}
            onChange={onChange}
          />
        ) : (
          <Field
            key={spec.path.join('.')}
            spec={spec}
            path={spec.path}
            draft={draft}
            problems={problems}
            onChange={onChange}
          />
        ),
      )}
    </div>
  );
}

function Field({
  spec,
  path,
  draft,
  problems,
  onChange,
  row,
}: {
  spec: FieldSpec;
  path: Path;
  draft: Definition;
  problems: Map<string, RuleProblem>;
  onChange: (next: Definition) => void;
  row?: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const key = path.join('.');
  const problem = problems.get(key);
  const value = formatInput(getIn(draft, path));
  const label = t(`ruleForm.field.${spec.label}`);
  const set = (text: string) => {
    const next = parseInput(spec.type, text);
    onChange(setIn(draft, path, next));
  };
  const common = {
    id,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-problem` : undefined,
    'data-testid': `rule-field-${key}`,
    // A row's fields share labels: the row number tells them apart for screen readers.
    'aria-label': row ? `${label} · ${t('ruleForm.row', { row })}` : undefined,
  } as const;
  let input;
  if (spec.type === 'select' || spec.type === 'optionalSelect') {
    input = (
      <select {...common} value={value} onChange={(e) => set(e.target.value)}>
        {spec.type === 'optionalSelect' ? <option value="">{t('ruleForm.notSet')}</option> : null}
        {(spec.options ?? []).map((o) =>
          spec.label === 'minRecentRating' || spec.label === 'minLatestRating' ? (
            <option key={o} value={o}>
              {o}
            </option>
          ) : (
            <option key={o} value={o}>
              {t(`ruleForm.option.${spec.label}.${o}`)}
            </option>
          ),
        )}
      </select>
    );
  } else {
    input = (
      <input
        {...common}
        type={spec.type === 'date' ? 'date' : spec.type === 'text' ? 'text' : 'number'}
        step={spec.type === 'int' ? 1 : 'any'}
        value={value}
        placeholder={spec.type === 'optionalNumber' ? t('ruleForm.notSet') : undefined}
        translate={spec.data ? 'no' : undefined}
        onChange={(e) => set(e.target.value)}
      />
    );
  }
  return (
    <label htmlFor={id} className="rule-field">
      <span>{label}</span>
      {input}
      {problem ? (
        <span id={`${id}-problem`} className="state-error small" role="alert" data-testid="rule-problem">
          {problemText(t, problem)}
        </span>
      ) : null}
    </label>
  );
}

function ListField({
  spec,
  draft,
  problems,
  onChange,
}: {
  spec: ListSpec;
  draft: Definition;
  problems: Map<string, RuleProblem>;
  onChange: (next: Definition) => void;
}) {
  const { t } = useTranslation();
  const rows = (getIn(draft, spec.path) as Definition[] | undefined) ?? [];
  const listProblem = problems.get(spec.path.join('.'));
  return (
    <fieldset className="rule-list" data-testid={`rule-list-${spec.path.join('.')}`}>
      <legend>{t(`ruleForm.field.${spec.label}`)}</legend>
      {rows.map((row, i) => {
        const applies = spec.variant?.fields[String(row[spec.variant.field])];
        return (
          <div key={i} className="filters rule-row" data-testid="rule-row">
            {spec.item
              .filter((f) => !applies || applies.includes(String(f.path[0])))
              .map((f) => (
                <Field
                  key={f.path.join('.')}
                  spec={f}
                  path={[...spec.path, i, ...f.path]}
                  draft={draft}
                  problems={problems}
                  onChange={onChange}
                  row={i + 1}
                />
              ))}
            <button
              type="button"
              className="btn btn-ghost btn-small"
              onClick={() =>
                onChange(
                  setIn(
                    draft,
                    spec.path,
                    rows.filter((_, k) => k !== i),
                  ),
                )
              }
            >
              {t('ruleForm.removeRow', { row: i + 1 })}
            </button>
          </div>
        );
      })}
      {listProblem ? (
        <div className="state-error small" role="alert" data-testid="rule-problem">
          {problemText(t, listProblem)}
        </div>
      ) : null}
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onChange(setIn(draft, spec.path, [...rows, structuredClone(spec.blank)]))}
      >
        {t('ruleForm.addRow')} · {t(`ruleForm.field.${spec.label}`)}
      </button>
    </fieldset>
  );
}
