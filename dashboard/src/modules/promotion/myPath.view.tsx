import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pct } from '../../charts/echarts.types';
import { Card, Stat } from '../../components/Card';
import { DataText } from '../../components/DataText';
import { Empty } from '../../components/States';
import { etaMonths } from './promotion.model';

export interface GateVm {
  key: string;
  label: string;
  passed: boolean;
  /** 0–1 progress towards the gate. */
  progress: number;
  required?: string | null;
  actual?: string | null;
  missing?: string | null;
  /** The gate's course title (data inside label and missing): shown untranslated. */
  course?: string | null;
}

export interface CourseVm {
  id: string;
  name: string;
  hours?: number | null;
  reason?: string | null;
}

export interface MyPathViewModel {
  targetPosition: string | null;
  eligible: boolean;
  readiness: number | null;
  estimatedMonths: number | null;
  /** Course hours left on the path and the employee's own pace (the ETA's inputs). */
  remainingHours?: number | null;
  paceHoursPerMonth?: number | null;
  gates: GateVm[];
  remainingCourses: CourseVm[];
  nextCourse: CourseVm | null;
  ruleVersion?: string | number | null;
}

/** Mobile-first: a single column of cards that widens into a grid on desktop. */
export function MyPathView({
  vm,
  targetPicker,
  enrol,
  apply,
}: {
  vm: MyPathViewModel;
  targetPicker?: ReactNode;
  /** Enrolment in the recommended course (MyPathPage wires the mutation). */
  enrol?: ReactNode;
  /** Applying for the promotion once eligible. */
  apply?: ReactNode;
}) {
  const { t } = useTranslation();
  const passed = vm.gates.filter((g) => g.passed).length;
  // The ETA with this employee's numbers, in the user's language (the API's formula is English).
  // One figure for the stat and its worked formula (to one decimal, as the formula computes it).
  const eta = etaMonths(vm);
  const estimateWorked =
    vm.remainingHours !== null && vm.remainingHours !== undefined && vm.paceHoursPerMonth && eta !== null
      ? t('myPath.estimateWorked', {
          remaining: Number(vm.remainingHours.toFixed(1)),
          pace: Number(vm.paceHoursPerMonth.toFixed(2)),
          months: eta,
        })
      : null;
  return (
    <>
      <div className="stats">
        <Stat
          label={t('myPath.readiness')}
          value={pct(vm.readiness, 0)}
          tone={vm.eligible ? 'good' : undefined}
          explain={{
            formula: t('formula.readiness'),
            n: `${passed} / ${vm.gates.length}`,
            source: vm.ruleVersion ? t('myPath.ruleVersion', { version: vm.ruleVersion }) : undefined,
          }}
        />
        <Stat
          label={t('myPath.estimated')}
          value={
            vm.eligible ? t('myPath.eligible') : eta === null ? '—' : t('myPath.monthsValue', { count: eta })
          }
          explain={{
            formula: estimateWorked ? `${t('formula.estimate')} ${estimateWorked}` : t('formula.estimate'),
          }}
        />
      </div>
      <div className="grid">
        <Card
          title={t('myPath.gates')}
          explain={{ formula: t('formula.gateProgress'), n: vm.gates.length }}
          actions={targetPicker}
          testId="card-gates"
        >
          <p data-testid="eligibility">
            <span className={`tag ${vm.eligible ? 'tag-good' : 'tag-warn'}`}>
              {vm.eligible ? t('myPath.eligible') : t('myPath.notEligible')}
            </span>{' '}
            {vm.targetPosition ? <b translate="no">{vm.targetPosition}</b> : null}
          </p>
          {apply}
          {vm.gates.length ? (
            <div className="list" data-testid="gates">
              {vm.gates.map((g) => (
                <div className="gate" key={g.key} data-passed={g.passed}>
                  <div className="gate-head">
                    <span>
                      <span className={`gate-mark${g.passed ? ' passed' : ''}`} aria-hidden="true">
                        {g.passed ? '✓' : ''}
                      </span>{' '}
                      <DataText text={g.label} data={[g.course]} />
                    </span>
                    <span className="muted small">{pct(g.progress, 0)}</span>
                  </div>
                  <div
                    className={`progress${g.passed ? ' done' : ''}`}
                    role="progressbar"
                    aria-label={g.label}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={Math.round(g.progress * 100)}
                  >
                    <span style={{ width: `${Math.min(100, Math.max(0, g.progress * 100))}%` }} />
                  </div>
                  <div className="small muted">
                    {g.required ? `${t('myPath.required')}: ${g.required}` : ''}
                    {g.actual ? ` · ${t('myPath.actual')}: ${g.actual}` : ''}
                  </div>
                  {!g.passed && g.missing ? (
                    <div className="small">
                      {t('myPath.missing')}: <DataText text={g.missing} data={[g.course]} />
                    </div>
                  ) : null}
                </div>
              ))}
            </div>
          ) : (
            <Empty />
          )}
        </Card>
        <Card title={t('myPath.nextCourse')} testId="card-next-course">
          {vm.nextCourse ? (
            <div data-testid="next-course">
              <b translate="no">{vm.nextCourse.name}</b>
              {vm.nextCourse.hours ? (
                <span className="muted"> · {t('myPath.hours', { count: vm.nextCourse.hours })}</span>
              ) : null}
              {vm.nextCourse.reason ? (
                <p className="small">
                  <DataText
                    text={vm.nextCourse.reason}
                    data={[vm.nextCourse.name, ...vm.gates.map((g) => g.course)]}
                  />
                </p>
              ) : null}
              {enrol}
            </div>
          ) : (
            <Empty />
          )}
          <h3>{t('myPath.remaining')}</h3>
          {vm.remainingCourses.length ? (
            <ul className="list" data-testid="remaining-courses">
              {vm.remainingCourses.map((c) => (
                <li key={c.id}>
                  <span translate="no">{c.name}</span>
                  {c.hours ? (
                    <span className="muted small"> · {t('myPath.hours', { count: c.hours })}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <Empty />
          )}
        </Card>
      </div>
    </>
  );
}
