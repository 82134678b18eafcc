import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { Page } from '../../components/Page';
import { Tabs } from '../../components/Tabs';
import { Empty, ErrorState, Loading, QueryState } from '../../components/States';
import { CampaignRanking } from '../award/CampaignRanking';
import { ImportPanel } from '../import/ImportPanel';
import { EmployeePickerDocument } from '../archive/archive.queries';
import { type RuleVm, RulesEditor } from './rulesEditor.view';
import { useEligibleScan } from './useEligibleScan';
import { PromotionQueue } from './PromotionQueue';
import { ReportTable, ReviewGates } from './promotionReport.view';
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

function CampaignTab() {
  return (
    <div className="grid">
      <CampaignRanking canScore />
    </div>
  );
}
