import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { num } from '../../charts/echarts.types';
import { DataText } from '../../components/DataText';
import { Explain } from '../../components/Explain';
import type { ReportFieldsFragment } from '../../graphql/generated/graphql';
import { reportFormulaText } from '../../i18n/reportFormula';
import { gateActual, gateMissing, gateName, gateRequirement } from '../../i18n/rules';
import { type EvidenceVm, type ReviewGateVm, reviewGates } from './promotionReview.model';

// The promotion review report as HR reads it — weighted sections, then every gate with the
// archive rows behind it — shared by the review tab and the application queue (and its print).

type Section = ReportFieldsFragment['sections'][number];

/** A section's formula and, for training, each part's, worded from the API's codes (helper H8). */
function sectionFormula(t: TFunction, s: Section): string | null {
  const own = reportFormulaText(t, s);
  const parts = s.parts
    .map((p) => {
      const text = reportFormulaText(t, p);
      return text ? `${t(`hr.part.${p.key}`, { defaultValue: p.key })}: ${text}` : null;
    })
    .filter(Boolean);
  return own ? [own, ...parts].join(t('rules.listSeparator')) : null;
}

/** ⓘ only when the formula can be worded (reports frozen before the codes have none). */
function FormulaInfo({ formula }: { formula: string | null }) {
  return formula ? <Explain formula={formula} /> : null;
}

export function ReportTable({ report }: { report: ReportFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <div data-testid="promotion-report">
      <p>
        <b translate="no">{report.targetPosition}</b> · {t('hr.version')} {report.ruleVersion} · {report.asOf}{' '}
        <span className={`tag ${report.eligible ? 'tag-good' : 'tag-warn'}`}>
          {report.eligible ? t('myPath.eligible') : t('myPath.notEligible')}
        </span>
      </p>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th />
              <th className="num">%</th>
              <th className="num">{t('manager.score')}</th>
              <th className="num">{t('award.total')}</th>
            </tr>
          </thead>
          <tbody>
            {report.sections.map((s) => (
              <tr key={s.key}>
                <td>
                  {t(`hr.section.${s.key}`, { defaultValue: s.key })}{' '}
                  <FormulaInfo formula={sectionFormula(t, s)} />
                  <div className="muted small">
                    {s.parts
                      .map(
                        (p) =>
                          `${t(`hr.part.${p.key}`, { defaultValue: p.key })} ${num(p.score, 1)} × ${num(p.weight, 0)}%`,
                      )
                      .join(' · ')}
                  </div>
                </td>
                <td className="num">{num(s.weight, 0)}</td>
                <td className="num">{num(s.score, 1)}</td>
                <td className="num">{num(s.weighted, 1)}</td>
              </tr>
            ))}
            <tr>
              <td>
                <b>{t('award.total')}</b> <FormulaInfo formula={reportFormulaText(t, report)} />
              </td>
              <td />
              <td />
              <td className="num">
                <b>{num(report.total, 1)}</b>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Every gate of the rule with the archive rows behind it (from the report's frozen packet). */
export function ReviewGates({ frozen, testId }: { frozen: unknown; testId: string }) {
  const { t } = useTranslation();
  const vm = reviewGates(frozen);
  if (!vm) return null;
  return (
    <div data-testid={testId} data-eligible={vm.eligible} style={{ marginTop: 8 }}>
      <h3>
        {t('myPath.gates')}{' '}
        <span className={`tag ${vm.eligible ? 'tag-good' : 'tag-warn'}`}>
          {t('hr.gatesPassed', { passed: vm.passed, total: vm.gates.length })}
        </span>
      </h3>
      <div className="list">
        {vm.gates.map(words(t)).map((g) => (
          <div className="gate" key={g.key} data-passed={g.passed} data-testid="review-gate">
            <div className="gate-head">
              <span>
                <span className={`gate-mark${g.passed ? ' passed' : ''}`} aria-hidden="true">
                  {g.passed ? '✓' : ''}
                </span>{' '}
                <DataText text={g.label} data={[g.codes?.courseName]} />
              </span>
              <span className="muted small">
                {t('myPath.required')}: {g.required} · {t('myPath.actual')}: {g.actual}
              </span>
            </div>
            {g.missing ? (
              <div className="small">
                {t('myPath.missing')}: <DataText text={g.missing} data={[g.codes?.courseName]} />
              </div>
            ) : null}
            {g.evidence.length ? (
              <div className="small muted" data-testid="gate-evidence">
                {g.evidence.map((e) => (
                  <div key={e.key}>
                    {t('hr.evidence')}:{' '}
                    <DataText
                      text={evidenceText(e, t)}
                      data={[e.kind === 'ENROLLMENT' ? e.course : e.kind === 'CASE' ? e.title : null]}
                    />
                  </div>
                ))}
              </div>
            ) : null}
          </div>
        ))}
      </div>
    </div>
  );
}

/** The gate in the user's language from its codes; the packet's English only for old packets. */
const words =
  (t: TFunction) =>
  (g: ReviewGateVm): ReviewGateVm =>
    g.codes
      ? {
          ...g,
          label: gateName(t, g.codes),
          required: gateRequirement(t, g.codes),
          actual: gateActual(t, g.codes),
          missing: gateMissing(t, g.codes),
        }
      : g;

function evidenceText(e: EvidenceVm, t: (key: string, options?: Record<string, unknown>) => string): string {
  switch (e.kind) {
    case 'ENROLLMENT':
      return t('hr.evidenceEnrollment', {
        course: e.course,
        date: e.completedOn ?? '—',
        exam: e.exam ?? '—',
        practice: e.practice ?? '—',
      });
    case 'CASE':
      return t('hr.evidenceCase', { title: e.title, date: e.approvedOn ?? '—' });
    case 'REVIEW':
      return t('hr.evidenceReview', { period: e.period, rating: e.rating });
    default:
      return `${e.type} #${e.id}`;
  }
}
