import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { num } from '../../charts/echarts.types';
import { Card } from '../../components/Card';
import { DataText } from '../../components/DataText';
import { Explain } from '../../components/Explain';
import { Page } from '../../components/Page';
import { Tabs } from '../../components/Tabs';
import { Empty, ErrorState, Loading, QueryState } from '../../components/States';
import { CampaignRanking } from '../award/CampaignRanking';
import { ImportPanel } from '../import/ImportPanel';
import type { ReportFieldsFragment } from '../../graphql/generated/graphql';
import { EmployeePickerDocument } from '../archive/archive.queries';
import { gateActual, gateMissing, gateName, gateRequirement } from '../../i18n/rules';
import { type EvidenceVm, type ReviewGateVm, reviewGates } from './promotionReview.model';
import { type RuleVm, RulesEditor } from './rulesEditor.view';
import { useEligibleScan } from './useEligibleScan';
import { PromotionQueue } from './PromotionQueue';
import {
  ActiveRulesDocument,
  ApplyForPromotionDocument,
  CandidateDocument,
  DecidePromotionDocument,
  PromotionReportDocument,
} from './workspace.queries';

type Tab = 'rules' | 'review' | 'queue' | 'campaign' | 'import';

export function HrWorkspacePage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('rules');
  return (
    <Page routeKey="hrWorkspace" title={t('hr.title')}>
      <Tabs
        label={t('hr.title')}
        tabs={(['rules', 'review', 'queue', 'campaign', 'import'] as const).map((key) => ({
          key,
          label: key === 'queue' ? t('queue.tab') : key === 'import' ? t('importer.title') : t(`hr.${key}`),
        }))}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'rules' ? (
          <RulesTab />
        ) : tab === 'review' ? (
          <ReviewTab />
        ) : tab === 'queue' ? (
          <PromotionQueue />
        ) : tab === 'campaign' ? (
          <CampaignTab />
        ) : (
          <div className="grid">
            <ImportPanel />
          </div>
        )}
      </Tabs>
    </Page>
  );
}

function RulesTab() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ActiveRulesDocument);
  const rules = useMemo(
    () => (data ? [...data.trainingImpact, ...data.promotion, ...data.award] : []),
    [data],
  );
  const vms: RuleVm[] = rules.map((r) => ({
    id: `${r.kind}:${r.key}`,
    key: r.key,
    kind: r.kind,
    label:
      typeof (r.definition as { name?: unknown }).name === 'string'
        ? (r.definition as { name: string }).name
        : r.key,
    version: r.version,
    definition: r.definition,
  }));
  return (
    <Card title={t('hr.rules')} testId="card-rules" wide>
      <QueryState
        loading={loading}
        error={error}
        data={data}
        isEmpty={() => rules.length === 0}
        retry={() => void refetch()}
      >
        {() => <RulesEditor rules={vms} onSaved={() => void refetch()} />}
      </QueryState>
    </Card>
  );
}

function ReviewTab() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [candidateId, setCandidateId] = useState<string | null>(null);
  const [targetId, setTargetId] = useState<string | null>(null);
  const picker = useQuery(EmployeePickerDocument, {
    variables: { search: search.trim() || null, first: 20 },
  });
  const candidate = useQuery(CandidateDocument, { variables: { id: candidateId ?? '' }, skip: !candidateId });
  const targets = candidate.data?.employee?.position.nextPositions.map((p) => p.toPosition) ?? [];
  const target = targets.find((p) => p.id === targetId) ?? targets[0];
  const report = useQuery(PromotionReportDocument, {
    variables: { employeeId: candidateId ?? '', targetPositionId: target?.id ?? '' },
    skip: !candidateId || !target,
  });
  const [apply, applying] = useMutation(ApplyForPromotionDocument);
  const [decide, deciding] = useMutation(DecidePromotionDocument);
  const frozen = deciding.data?.decidePromotion;
  const [scan, runScan] = useEligibleScan();

  const run = async (approve: boolean) => {
    if (!candidateId || !target) return;
    const application = await apply({
      variables: { employeeId: candidateId, targetPositionId: target.id },
    }).catch(() => null);
    const id = application?.data?.applyForPromotion.id;
    if (id) await decide({ variables: { applicationId: id, approve } }).catch(() => null);
  };

  return (
    <div className="grid">
      <Card title={t('hr.candidate')} testId="card-candidate">
        <div className="filters">
          <button
            type="button"
            className="btn"
            disabled={scan?.loading}
            onClick={runScan}
            data-testid="find-eligible"
          >
            {t('hr.findEligible')}
          </button>
        </div>
        {scan?.loading ? <Loading label={t('hr.scanning')} /> : null}
        {scan?.error ? <ErrorState error={scan.error} retry={runScan} /> : null}
        {scan?.eligible ? (
          <div data-testid="eligible-candidates">
            <p className="muted small">
              {t('hr.eligibleSummary', { eligible: scan.eligible.length, candidates: scan.scanned ?? 0 })}
            </p>
            {scan.eligible.length ? (
              <ul className="list">
                {scan.eligible.map((c) => (
                  <li key={`${c.employeeId}:${c.targetPositionId}`}>
                    <button
                      type="button"
                      className={`btn btn-ghost${c.employeeId === candidateId ? ' btn-primary' : ''}`}
                      onClick={() => {
                        setCandidateId(c.employeeId);
                        setTargetId(c.targetPositionId);
                      }}
                      data-testid="eligible-candidate"
                    >
                      <span className="tag tag-good">{t('myPath.eligible')}</span>{' '}
                      <span translate="no">{c.name}</span>{' '}
                      <span className="muted small">
                        {c.employeeNo} → <span translate="no">{c.targetPosition}</span> · {c.passed}/{c.gates}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <Empty>{t('hr.noEligible')}</Empty>
            )}
          </div>
        ) : null}
        <div className="filters">
          <label>
            {t('archive.search')}
            <input
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              data-testid="candidate-search"
            />
          </label>
        </div>
        <QueryState
          loading={picker.loading}
          error={picker.error}
          data={picker.data}
          isEmpty={(d) => d.employees.nodes.length === 0}
        >
          {(d) => (
            <ul className="list" style={{ maxHeight: 320, overflow: 'auto' }}>
              {d.employees.nodes.map((e) => (
                <li key={e.id}>
                  <button
                    type="button"
                    className={`btn btn-ghost${e.id === candidateId ? ' btn-primary' : ''}`}
                    onClick={() => {
                      setCandidateId(e.id);
                      setTargetId(null);
                    }}
                    data-testid="candidate-option"
                  >
                    <span translate="no">{e.name}</span>{' '}
                    <span className="muted small" translate="no">
                      {e.position.name}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </Card>
      <Card
        title={t('hr.review')}
        testId="card-review"
        actions={
          targets.length ? (
            <label className="filters">
              <select
                value={target?.id}
                onChange={(e) => setTargetId(e.target.value)}
                aria-label={t('hr.targetPosition')}
                data-testid="review-target"
              >
                {targets.map((p) => (
                  <option key={p.id} value={p.id} translate="no">
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null
        }
      >
        {!candidateId ? (
          <p className="muted">{t('archive.pick')}</p>
        ) : (
          <QueryState
            loading={report.loading || candidate.loading}
            error={report.error ?? candidate.error}
            data={report.data}
            emptyText={t('myPath.noTarget')}
          >
            {(d) => (
              <>
                <ReportTable report={d.promotionReport} />
                <ReviewGates frozen={d.promotionReport.frozen} testId="review-gates" />
                {d.promotionReport.eligible ? null : (
                  <p className="small" data-testid="review-not-eligible">
                    {t('hr.notEligibleHint')}
                  </p>
                )}
                <div className="filters" style={{ marginTop: 8 }}>
                  <button
                    type="button"
                    className="btn btn-primary"
                    disabled={applying.loading || deciding.loading || !d.promotionReport.eligible}
                    onClick={() => void run(true)}
                    data-testid="review-approve"
                  >
                    {t('hr.approve')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-danger"
                    disabled={applying.loading || deciding.loading || !d.promotionReport.eligible}
                    onClick={() => void run(false)}
                    data-testid="review-reject"
                  >
                    {t('hr.reject')}
                  </button>
                </div>
                {applying.error ? <ErrorState error={applying.error} /> : null}
                {deciding.error ? <ErrorState error={deciding.error} /> : null}
              </>
            )}
          </QueryState>
        )}
      </Card>
      {frozen?.report ? (
        <Card
          title={`${t('hr.frozenReport')} · ${t(`hr.application.${frozen.decision ?? frozen.status}`, { defaultValue: frozen.decision ?? frozen.status })}`}
          wide
          testId="card-frozen"
        >
          <ReportTable report={frozen.report} />
          <ReviewGates frozen={frozen.report.frozen} testId="frozen-gates" />
          <details>
            <summary>{t('common.details')}</summary>
            <pre className="report" data-testid="frozen-json" translate="no">
              {JSON.stringify(frozen.report.frozen, null, 2)}
            </pre>
          </details>
        </Card>
      ) : null}
    </div>
  );
}

function ReportTable({ report }: { report: ReportFieldsFragment }) {
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
                  {t(`hr.section.${s.key}`, { defaultValue: s.key })} <Explain formula={s.formula} />
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
                <b>{t('award.total')}</b> <Explain formula={report.formula} />
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
function ReviewGates({ frozen, testId }: { frozen: unknown; testId: string }) {
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

function CampaignTab() {
  return (
    <div className="grid">
      <CampaignRanking canScore />
    </div>
  );
}
