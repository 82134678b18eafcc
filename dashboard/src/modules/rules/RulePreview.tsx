import { useTranslation } from 'react-i18next';
import type { PreviewRuleChangeQuery } from '../../graphql/generated/graphql';

type Preview = PreviewRuleChangeQuery['previewRuleChange'];

/** Outcome codes of previewRuleChange in the user's language (verdicts reuse verdict.*). */
export function outcomeWord(t: (k: string) => string, code: string): string {
  return ['ELIGIBLE', 'NOT_ELIGIBLE', 'RANKED', 'EXCLUDED', 'NOT_BOUND'].includes(code)
    ? t(`ruleForm.outcome.${code}`)
    : t(`verdict.${code}`);
}

/** Who the draft would affect and how many: counts per transition, then the people. */
export function RulePreview({
  preview,
  stale,
  onMore,
}: {
  preview: Preview;
  stale: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  const value = (v: number | null | undefined) =>
    v == null ? '' : ` · ${t(`ruleForm.impact.value.${preview.kind}`, { value: Number(v.toFixed(1)) })}`;
  return (
    <section
      className="card"
      aria-labelledby="rule-preview-title"
      data-testid="rule-preview-result"
      data-changed={preview.changed}
      data-evaluated={preview.evaluated}
      style={stale ? { opacity: 0.6 } : undefined}
    >
      <h3 id="rule-preview-title">{t('ruleForm.impact.title')}</h3>
      <p data-testid="preview-summary">
        {preview.currentVersion == null
          ? t('ruleForm.impact.summaryNew', { changed: preview.changed, evaluated: preview.evaluated })
          : t('ruleForm.impact.summary', {
              changed: preview.changed,
              evaluated: preview.evaluated,
              current: preview.currentVersion,
              draft: preview.draftVersion,
            })}
      </p>
      {preview.changed === 0 ? (
        <p className="muted">{t('ruleForm.impact.none')}</p>
      ) : (
        <>
          <ul className="list" data-testid="preview-transitions">
            {preview.transitions.map((tr) => (
              <li key={`${tr.before}-${tr.after}`}>
                {t('ruleForm.impact.transition', {
                  before: outcomeWord(t, tr.before),
                  after: outcomeWord(t, tr.after),
                  count: tr.count,
                })}
              </li>
            ))}
          </ul>
          <div className="table-scroll">
            <table className="table" data-testid="preview-changes">
              <thead>
                <tr>
                  <th scope="col">{t('ruleForm.impact.employee')}</th>
                  <th scope="col">{t('ruleForm.impact.subject')}</th>
                  <th scope="col">{t('ruleForm.before')}</th>
                  <th scope="col">{t('ruleForm.after')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.changes.map((c, i) => (
                  <tr key={`${c.employeeId}-${c.subject}-${i}`} data-testid="preview-change">
                    <td translate="no">
                      {c.name} <span className="muted small">{c.employeeNo}</span>
                    </td>
                    <td translate="no">{c.subject}</td>
                    <td>
                      {outcomeWord(t, c.before)}
                      <span className="muted small">{value(c.beforeValue)}</span>
                    </td>
                    <td>
                      {outcomeWord(t, c.after)}
                      <span className="muted small">{value(c.afterValue)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted small">
            {t('ruleForm.impact.showing', { shown: preview.changes.length, changed: preview.changed })}{' '}
            {preview.changes.length < preview.changed && preview.changes.length < 200 ? (
              <button type="button" className="btn btn-ghost btn-small" onClick={onMore}>
                {t('ruleForm.impact.more')}
              </button>
            ) : null}
          </p>
        </>
      )}
    </section>
  );
}
