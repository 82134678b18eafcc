import type { TFunction } from 'i18next';

/**
 * The promotion review report's formulas in the reader's language, from the API's formulaCode
 * and formulaTerms (rules/src/report.evaluator.ts). Reports frozen before the codes existed have
 * none: then there is no worded formula (null), rather than the engine's English.
 */
export interface FormulaLike {
  formulaCode?: string | null;
  formulaTerms?: ReadonlyArray<{
    name: string;
    value?: number | null;
    code?: string | null;
    weight?: number | null;
  }> | null;
}

const fmt = (v: number | null | undefined) => (v == null ? '—' : String(Number(v.toFixed(1))));

/** Section and part keys (training, coreCourses …) as words; anything else is data (a name). */
function termName(t: TFunction, name: string): string {
  return t(`hr.section.${name}`, { defaultValue: '' }) || t(`hr.part.${name}`, { defaultValue: '' }) || name;
}

export function reportFormulaText(t: TFunction, f: FormulaLike): string | null {
  const code = f.formulaCode;
  if (!code) return null;
  const terms = f.formulaTerms ?? [];
  const value = (name: string) => terms.find((x) => x.name === name)?.value;
  const list = (items: string[]) => items.join(t('reportFormula.separator'));
  switch (code) {
    case 'WEIGHTED_SUM':
      return t('reportFormula.WEIGHTED_SUM', {
        terms: terms
          .map((x) =>
            t('reportFormula.weighted', {
              name: termName(t, x.name),
              value: fmt(x.value),
              weight: fmt(x.weight),
            }),
          )
          .join(t('reportFormula.plus')),
      });
    case 'COMPETENCY_MATCH':
      return t('reportFormula.COMPETENCY_MATCH', {
        trained: fmt(value('trained')),
        required: fmt(value('required')),
      });
    case 'PEER_MEAN':
      return t('reportFormula.PEER_MEAN', { mean: fmt(value('mean')), max: fmt(value('scaleMax')) });
    case 'IMPROVEMENT_MEAN':
      return t('reportFormula.IMPROVEMENT_MEAN', {
        terms: list(
          terms.map((x) =>
            t('reportFormula.term', {
              name: `${x.name} ${x.code ? t(`verdict.${x.code}`, { defaultValue: '' }) : ''}`.trim(),
              value: fmt(x.value),
            }),
          ),
        ),
      });
    default:
      return (
        t(`reportFormula.${code}`, {
          terms: list(
            terms.map((x) => t('reportFormula.term', { name: termName(t, x.name), value: fmt(x.value) })),
          ),
          defaultValue: '',
        }) || null
      );
  }
}
