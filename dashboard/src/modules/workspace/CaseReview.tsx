import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Card } from '../../components/Card';
import { ErrorState, QueryState } from '../../components/States';
import { checkReviewScore, SCORE_MAX, SCORE_MIN } from './caseReview.model';
import { CasesToReviewDocument, ReviewPracticeCaseDocument } from './workspace.queries';

/** The manager's review queue: submitted practice cases in their scope, approve (with a score) or reject. */
export function CaseReview() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CasesToReviewDocument, { variables: { first: 50 } });
  return (
    <Card
      title={`${t('manager.cases')}${data ? ` (${data.practiceCases.totalCount})` : ''}`}
      testId="card-cases"
    >
      <QueryState
        loading={loading}
        error={error}
        data={data}
        isEmpty={(d) => d.practiceCases.nodes.length === 0}
        emptyText={t('manager.noCases')}
        retry={() => void refetch()}
      >
        {(d) => (
          <ul className="list" data-testid="cases">
            {d.practiceCases.nodes.map((c) => (
              <CaseItem key={c.id} item={c} onDone={() => void refetch()} />
            ))}
          </ul>
        )}
      </QueryState>
    </Card>
  );
}

interface CaseItemProps {
  item: {
    id: string;
    title: string;
    summary: string;
    submittedAt: string;
    employee?: { id: string; name: string } | null;
    course?: { id: string; name: string } | null;
  };
  onDone: () => void;
}

function CaseItem({ item, onDone }: CaseItemProps) {
  const { t } = useTranslation();
  // No default score: the manager scores each case (a pre-filled 85 was approved unread).
  const [score, setScore] = useState('');
  const [scoreProblem, setScoreProblem] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [review, { loading, error, data }] = useMutation(ReviewPracticeCaseDocument);
  const scoreId = useId();
  const submit = async (decision: 'APPROVE' | 'REJECT') => {
    const checked = checkReviewScore(score, decision);
    if (!checked.ok) {
      const field = t('field.score');
      setScoreProblem(
        checked.problem === 'REQUIRED'
          ? t('error.problem.REQUIRED', { field })
          : t('error.problem.OUT_OF_RANGE', { field, min: SCORE_MIN, max: SCORE_MAX }),
      );
      return;
    }
    setScoreProblem(null);
    const result = await review({
      variables: {
        input: { caseId: item.id, decision, comment: comment.trim() || null, score: checked.score },
      },
    }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <li data-testid="case-item">
      <div>
        <b translate="no">{item.title}</b>{' '}
        <span className="muted small">
          {item.employee ? (
            <Link to={`/archive/${encodeURIComponent(item.employee.id)}`} translate="no">
              {item.employee.name}
            </Link>
          ) : null}
          {item.course ? (
            <>
              {' · '}
              <span translate="no">{item.course.name}</span>
            </>
          ) : null}{' '}
          · {item.submittedAt.slice(0, 10)}
        </span>
      </div>
      <p className="small" translate="no">
        {item.summary}
      </p>
      <div className="filters">
        <label>
          {t('manager.score')}
          <input
            type="number"
            inputMode="decimal"
            min={SCORE_MIN}
            max={SCORE_MAX}
            step="any"
            value={score}
            onChange={(e) => {
              setScore(e.target.value);
              setScoreProblem(null);
            }}
            aria-invalid={scoreProblem ? true : undefined}
            aria-describedby={scoreProblem ? `${scoreId}-problem` : undefined}
            style={{ width: 80, minWidth: 0 }}
            data-testid="case-score"
          />
          {scoreProblem ? (
            <span
              className="field-error"
              id={`${scoreId}-problem`}
              role="alert"
              data-testid="case-score-error"
            >
              {scoreProblem}
            </span>
          ) : null}
        </label>
        <label style={{ flex: 1 }}>
          {t('manager.comment')}
          <input value={comment} onChange={(e) => setComment(e.target.value)} />
        </label>
        <button
          type="button"
          className="btn btn-primary"
          disabled={loading}
          onClick={() => void submit('APPROVE')}
          data-testid="case-approve"
        >
          {t('manager.approve')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          disabled={loading}
          onClick={() => void submit('REJECT')}
          data-testid="case-reject"
        >
          {t('manager.reject')}
        </button>
      </div>
      {error ? <ErrorState error={error} /> : null}
      {data ? <div className="notice">{t('manager.reviewed')}</div> : null}
    </li>
  );
}
