import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffDefinitions, FORMS, isList, pathLabel, type RuleKind, type Spec } from './ruleForm.model';

/** The form's label (and option words) for a definition path, when the form has that field. */
function labelFor(
  specs: Spec[],
  path: string,
): { label: string; options?: string; row: number | null } | null {
  const { label, row } = pathLabel(path);
  for (const spec of specs) {
    const own = spec.path.filter((p) => typeof p === 'string').join('.');
    if (!isList(spec)) {
      if (own === label) return { label: spec.label, options: spec.options ? spec.label : undefined, row };
      continue;
    }
    for (const item of spec.item) {
      const full = [own, ...item.path.filter((p) => typeof p === 'string')].join('.');
      if (full === label) return { label: item.label, options: item.options ? item.label : undefined, row };
    }
    if (own === label) return { label: spec.label, row };
  }
  return null;
}

/**
 * Side-by-side diff of two versions of a rule (or a version and the draft), setting by setting,
 * with the form's labels; settings the form does not edit are named as such, their path kept as
 * data.
 */
export function RuleDiff({
  kind,
  versions,
  draft,
}: {
  kind: RuleKind;
  versions: { version: number; definition: unknown }[];
  draft: unknown | null;
}) {
  const { t } = useTranslation();
  const choices = [
    ...versions.map((v) => ({
      id: String(v.version),
      label: t('ruleForm.version', { version: v.version }),
      value: v.definition,
    })),
    ...(draft ? [{ id: 'draft', label: t('ruleForm.draft'), value: draft }] : []),
  ];
  const last = choices.at(-1);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const a = choices.find((c) => c.id === from) ?? choices.at(-2) ?? choices[0];
  const b = choices.find((c) => c.id === to) ?? last;
  if (!a || !b) return null;
  const rows = diffDefinitions(a.value, b.value);
  const word = (options: string | undefined, value: string | null) =>
    value === null
      ? t('ruleForm.notSet')
      : options
        ? t(`ruleForm.option.${options}.${value}`, { defaultValue: value })
        : value;
  return (
    <div data-testid="rule-diff">
      <div className="filters">
        <label>
          {t('ruleForm.compareFrom')}
          <select value={a.id} onChange={(e) => setFrom(e.target.value)} data-testid="diff-from">
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ruleForm.compareTo')}
          <select value={b.id} onChange={(e) => setTo(e.target.value)} data-testid="diff-to">
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('ruleForm.noDifference')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('ruleForm.setting')}</th>
                <th scope="col">{a.label}</th>
                <th scope="col">{b.label}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const known = labelFor(FORMS[kind], r.path);
                return (
                  <tr key={r.path} data-testid="diff-row" data-path={r.path}>
                    <td>
                      {known ? (
                        <>
                          {t(`ruleForm.field.${known.label}`)}
                          {known.row ? (
                            <span className="muted small"> · {t('ruleForm.row', { row: known.row })}</span>
                          ) : null}
                        </>
                      ) : (
                        <>
                          {t('ruleForm.otherSetting')} <code>{r.path}</code>
                        </>
                      )}
                    </td>
                    <td translate={known?.options ? undefined : 'no'} className="diff-before">
                      <del>{word(known?.options, r.before)}</del>
                    </td>
                    <td translate={known?.options ? undefined : 'no'} className="diff-after">
                      <ins>{word(known?.options, r.after)}</ins>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
