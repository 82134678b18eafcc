import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { DataText } from '../../components/DataText';
import { OptionFilter } from '../../components/Filters';
import { Tabs } from '../../components/Tabs';
import { ErrorState, QueryState } from '../../components/States';
import type { QueueApplicationFragment, ReportFieldsFragment } from '../../graphql/generated/graphql';
import { ArchiveFilterOptionsDocument } from '../archive/archive.queries';
import { departmentOptions } from '../archive/archiveList.model';
import '../archive/print.css';
import { ConfirmDialog } from './ConfirmDialog';
import { ReportTable, ReviewGates } from './promotionReport.view';
import {
  DecideQueuedPromotionDocument,
  PromotionApplicationReportDocument,
  PromotionQueueDocument,
} from './promotionQueue.queries';
import { canDecide, decisionNote, QUEUE_TABS, type QueueTab } from './promotionReview.model';
import { PromotionReportDocument } from './workspace.queries';

const PAGE = 20;
const SEARCH_DELAY_MS = 250;

/**
 * HR's promotion-application queue: pending / approved / rejected, filtered by department,
 * target and applicant; an application opens its report, takes a comment and a confirmed
 * decision (final: the buttons go away once decided), and a decided one shows the frozen report,
 * printable.
 */
export function PromotionQueue() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<QueueTab>('PENDING');
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div className="grid">
      <Card title={t('queue.title')} testId="card-queue" wide>
        <Tabs
          label={t('queue.statusLabel')}
          tabs={QUEUE_TABS.map((key) => ({ key, label: t(`queue.status.${key}`) }))}
          selected={tab}
          onSelect={(next) => {
            setTab(next);
            setSelected(null);
          }}
        >
          <QueueList status={tab} selected={selected} onSelect={setSelected} />
        </Tabs>
      </Card>
      {selected ? <ApplicationPanel key={selected} id={selected} /> : null}
    </div>
  );
}

function QueueList({
  status,
  selected,
  onSelect,
}: {
  status: QueueTab;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [targetPositionId, setTargetPositionId] = useState<string | null>(null);
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSearch(searchText.trim());
      setCursors([null]);
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);
  const options = useQuery(ArchiveFilterOptionsDocument);
  const departments = useMemo(() => departmentOptions(options.data?.departments ?? []), [options.data]);
  const positions = useMemo(
    () => (options.data?.positions ?? []).map((p) => ({ value: p.id, label: p.name })),
    [options.data],
  );
  const { data, previousData, loading, error, refetch } = useQuery(PromotionQueueDocument, {
    variables: {
      status,
      filter: { search: search || null, departmentId, targetPositionId },
      first: PAGE,
      after: cursors.at(-1) ?? null,
    },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const date = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '—');
  return (
    <div data-testid={`queue-${status}`}>
      <div className="filters">
        <label>
          {t('archive.search')}
          <input
            type="search"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            data-testid="queue-search"
          />
        </label>
        <OptionFilter
          label={t('filters.department')}
          value={departmentId}
          options={departments}
          onChange={(v) => {
            setDepartmentId(v);
            setCursors([null]);
          }}
          testId="queue-department"
          dataLabels
        />
        <OptionFilter
          label={t('queue.target')}
          value={targetPositionId}
          options={positions}
          onChange={(v) => {
            setTargetPositionId(v);
            setCursors([null]);
          }}
          testId="queue-target"
          dataLabels
        />
      </div>
      <QueryState
        loading={loading && !shown}
        error={error}
        data={shown}
        isEmpty={(d) => d.promotionApplications.nodes.length === 0}
        emptyText={t('queue.empty')}
        retry={() => void refetch()}
      >
        {(d) => (
          <>
            <p className="muted small" data-testid="queue-total">
              {t('queue.total', { count: d.promotionApplications.totalCount })}
            </p>
            <div className="table-scroll">
              <table className="table" data-testid="queue">
                <thead>
                  <tr>
                    <th scope="col">{t('queue.applicant')}</th>
                    <th scope="col">{t('queue.target')}</th>
                    <th scope="col">{status === 'PENDING' ? t('queue.submitted') : t('queue.decided')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('queue.open')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.promotionApplications.nodes.map((a) => (
                    <tr key={a.id} data-testid="queue-row">
                      <td>
                        <span translate="no">{a.employeeName}</span>{' '}
                        <span className="muted small">{a.employeeNo}</span>
                        <div className="muted small" translate="no">
                          {a.departmentName}
                        </div>
                      </td>
                      <td>
                        <span translate="no">{a.targetPosition}</span>
                        {a.ruleVersion ? (
                          <div className="muted small">
                            {t('myPath.ruleVersion', { version: a.ruleVersion })}
                          </div>
                        ) : null}
                      </td>
                      <td className="small">
                        {status === 'PENDING' ? date(a.submittedAt) : date(a.decidedAt)}
                        {a.decisionNote ? (
                          <div className="muted" translate="no">
                            {a.decisionNote}
                          </div>
                        ) : null}
                      </td>
                      <td>
                        <button
                          type="button"
                          className={`btn btn-small${a.id === selected ? ' btn-primary' : ''}`}
                          onClick={() => onSelect(a.id)}
                          data-testid="queue-open"
                        >
                          {t('queue.open')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="pager" aria-label={t('archive.list.paging')}>
              <button
                type="button"
                className="btn btn-small"
                disabled={cursors.length < 2}
                onClick={() => setCursors((c) => c.slice(0, -1))}
              >
                {t('archive.list.previous')}
              </button>
              <button
                type="button"
                className="btn btn-small"
                disabled={!d.promotionApplications.pageInfo.hasNextPage}
                onClick={() => {
                  const next = d.promotionApplications.pageInfo.endCursor;
                  if (next) setCursors((c) => [...c, next]);
                }}
              >
                {t('archive.list.next')}
              </button>
            </nav>
          </>
        )}
      </QueryState>
    </div>
  );
}

type Decided = QueueApplicationFragment & { report?: ReportFieldsFragment | null };

/** One application: live report while pending, comment + confirmed decision, then the frozen report. */
function ApplicationPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const commentId = useId();
  const app = useQuery(PromotionApplicationReportDocument, { variables: { id } });
  const [decide, deciding] = useMutation(DecideQueuedPromotionDocument, {
    refetchQueries: ['PromotionQueue'],
  });
  const [comment, setComment] = useState('');
  const [asking, setAsking] = useState<boolean | null>(null);
  const [decided, setDecided] = useState<Decided | null>(null);
  const current: Decided | null | undefined = decided ?? app.data?.promotionApplication;
  const pending = canDecide(current);
  const live = useQuery(PromotionReportDocument, {
    variables: { employeeId: current?.employeeId ?? '', targetPositionId: current?.targetPositionId ?? '' },
    skip: !pending || !current?.employeeId || !current?.targetPositionId,
  });
  const decisionWord = (d: string | null | undefined) =>
    d ? t(`hr.application.${d}`, { defaultValue: t('hr.application.DECIDED') }) : '';

  const run = async () => {
    if (asking === null) return;
    const res = await decide({
      variables: { applicationId: id, approve: asking, note: decisionNote(comment) },
    }).catch(() => null);
    setAsking(null);
    if (res?.data) setDecided(res.data.decidePromotion);
  };

  return (
    <Card
      title={
        current ? (
          <span translate="no">{`${current.employeeName ?? ''} → ${current.targetPosition ?? ''}`}</span>
        ) : (
          t('queue.open')
        )
      }
      wide
      testId="card-application"
    >
      <QueryState loading={app.loading} error={app.error} data={current ?? undefined}>
        {(a) =>
          pending ? (
            <>
              <QueryState loading={live.loading} error={live.error} data={live.data}>
                {(d) => (
                  <>
                    <ReportTable report={d.promotionReport} />
                    <ReviewGates frozen={d.promotionReport.frozen} testId="queue-gates" />
                  </>
                )}
              </QueryState>
              <div className="queue-comment" style={{ marginTop: 12 }}>
                <label htmlFor={commentId}>{t('queue.comment')}</label>
                <textarea
                  id={commentId}
                  value={comment}
                  maxLength={2000}
                  onChange={(e) => setComment(e.target.value)}
                  aria-describedby={`${commentId}-hint`}
                  data-testid="queue-comment"
                />
                <div className="muted small" id={`${commentId}-hint`}>
                  {t('queue.commentHint')}
                </div>
              </div>
              <div className="filters" style={{ marginTop: 8 }}>
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={deciding.loading || !a.eligible}
                  onClick={() => setAsking(true)}
                  data-testid="queue-approve"
                >
                  {t('queue.approve')}
                </button>
                <button
                  type="button"
                  className="btn btn-danger"
                  disabled={deciding.loading}
                  onClick={() => setAsking(false)}
                  data-testid="queue-reject"
                >
                  {t('queue.reject')}
                </button>
              </div>
              {deciding.error && asking === null ? <ErrorState error={deciding.error} /> : null}
              {asking !== null ? (
                <ConfirmDialog
                  title={t('alertActions.confirmTitle')}
                  confirmLabel={asking ? t('queue.approve') : t('queue.reject')}
                  danger={!asking}
                  pending={deciding.loading}
                  onConfirm={() => void run()}
                  onCancel={() => setAsking(null)}
                  testId="queue-confirm"
                >
                  <p>
                    <DataText
                      text={t(asking ? 'queue.confirmApprove' : 'queue.confirmReject', {
                        employee: a.employeeName,
                        position: a.targetPosition,
                      })}
                      data={[a.employeeName, a.targetPosition]}
                    />
                  </p>
                  {decisionNote(comment) ? (
                    <p className="small">
                      <DataText
                        text={t('queue.commentLine', { comment: decisionNote(comment) })}
                        data={[decisionNote(comment)]}
                      />
                    </p>
                  ) : null}
                </ConfirmDialog>
              ) : null}
            </>
          ) : (
            <FrozenReport app={a} justDecided={decided !== null} decisionWord={decisionWord(a.decision)} />
          )
        }
      </QueryState>
    </Card>
  );
}

/** The decided application's frozen report, with a print button (print.css keeps only this). */
function FrozenReport({
  app,
  justDecided,
  decisionWord,
}: {
  app: Decided;
  justDecided: boolean;
  decisionWord: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="print-area" data-testid="frozen-report" data-decision={app.decision ?? ''}>
      {justDecided ? (
        <p className="notice no-print" role="status" data-testid="queue-decided">
          <DataText
            text={t('queue.decidedNotice', { decision: decisionWord, employee: app.employeeName })}
            data={[app.employeeName]}
          />
        </p>
      ) : (
        <p className="muted small no-print">{t('queue.alreadyDecided')}</p>
      )}
      <h2 className="print-only">
        <DataText
          text={t('queue.printTitle', { employee: app.employeeName, position: app.targetPosition })}
          data={[app.employeeName, app.targetPosition]}
        />
      </h2>
      <p>
        <span className={`tag ${app.decision === 'APPROVED' ? 'tag-good' : 'tag-bad'}`}>{decisionWord}</span>{' '}
        {t('queue.decisionLine', { decision: decisionWord, date: app.decidedAt?.slice(0, 10) ?? '—' })}
      </p>
      {app.decisionNote ? (
        <p data-testid="frozen-comment">
          <DataText text={t('queue.commentLine', { comment: app.decisionNote })} data={[app.decisionNote]} />
        </p>
      ) : null}
      <h3>{t('queue.report')}</h3>
      {app.report ? (
        <>
          <ReportTable report={app.report} />
          <ReviewGates frozen={app.report.frozen} testId="queue-frozen-gates" />
        </>
      ) : null}
      <div className="filters no-print" style={{ marginTop: 8 }}>
        <button type="button" className="btn" onClick={() => window.print()} data-testid="queue-print">
          {t('queue.print')}
        </button>
      </div>
    </div>
  );
}
