import { useMutation, useQuery } from '@apollo/client/react';
import { CAUSE_CODES } from '@talentloop/rules/rules.codes';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/States';
import { ActOnTeamAlertDocument, AssignableCoursesDocument } from './alertActions.queries';
import {
  type AlertAction,
  type AlertActionDraft,
  alertActionInput,
  alertActionProblem,
  isHandled,
  type TeamAlert,
} from './alerts.model';
import { ConfirmDialog } from './ConfirmDialog';

const ACTIONS: AlertAction[] = [
  'SCHEDULE_CONVERSATION',
  'RECORD_CAUSE',
  'ASSIGN_RETRAINING',
  'ASSIGN_COURSE',
  'MARK_HANDLED',
];
const ACTION_LABEL: Record<AlertAction, string> = {
  SCHEDULE_CONVERSATION: 'alertActions.schedule',
  RECORD_CAUSE: 'alertActions.recordCause',
  ASSIGN_RETRAINING: 'alertActions.retrain',
  ASSIGN_COURSE: 'alertActions.otherCourse',
  MARK_HANDLED: 'alertActions.handled',
};
const today = () => new Date().toISOString().slice(0, 10);

/**
 * What a manager does about one alert (article §二.2: talk, find the cause, adjust the training):
 * pick an action, fill its field, confirm; the buttons are disabled while the API works, the list
 * is refetched so the row shows the result, and a handled alert offers nothing more.
 */
export function AlertActions({ alert, onDone }: { alert: TeamAlert; onDone: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<AlertActionDraft>({
    action: 'SCHEDULE_CONVERSATION',
    dueOn: '',
    causeCode: '',
    note: '',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [act, acting] = useMutation(ActOnTeamAlertDocument);
  // The catalogue only when the manager picks "another course".
  const courses = useQuery(AssignableCoursesDocument, { skip: draft.action !== 'ASSIGN_COURSE' });
  const courseOptions = (courses.data?.courses.nodes ?? []).filter((c) => c.name !== alert.course);

  const history = alert.actionsTaken.length ? (
    <ul className="action-log small muted" data-testid="alert-history">
      {alert.actionsTaken.map((a) => (
        <li key={`${a.action}:${a.at}`}>
          {t('alertActions.actionAt', {
            action: t(`alertActions.action.${a.action}`, { defaultValue: t('alertActions.column') }),
            date: a.at.slice(0, 10),
          })}
        </li>
      ))}
    </ul>
  ) : null;
  if (isHandled(alert))
    return (
      <div data-testid="alert-actions" data-handled="true">
        <span className="tag tag-good">{t('alertActions.action.MARK_HANDLED')}</span>
        {history}
      </div>
    );

  const words = {
    employee: alert.employee,
    course:
      draft.action === 'ASSIGN_COURSE'
        ? (courseOptions.find((c) => c.id === draft.courseId)?.name ?? '')
        : alert.course,
    date: draft.dueOn,
    cause: draft.causeCode ? t(`rules.cause.${draft.causeCode}`) : '',
  };
  const ask = () => {
    const p = alertActionProblem(draft, today());
    setProblem(p);
    setDone(null);
    if (!p) setConfirming(true);
  };
  const run = async () => {
    const res = await act({
      variables: { impactId: alert.impactId, input: alertActionInput(draft) },
    }).catch(() => null);
    setConfirming(false);
    if (!res?.data) return;
    setDone(t(`alertActions.done.${draft.action}`, words));
    setDraft((d) => ({ ...d, note: '' }));
    await onDone();
  };

  return (
    <div data-testid="alert-actions" data-handled="false">
      {history}
      <div className="alert-actions">
        <label>
          {t('alertActions.column')}
          <select
            value={draft.action}
            onChange={(e) => {
              setDraft({ ...draft, action: e.target.value as AlertAction });
              setProblem(null);
            }}
            disabled={acting.loading}
            data-testid="alert-action"
          >
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(ACTION_LABEL[a])}
              </option>
            ))}
          </select>
        </label>
        {draft.action === 'SCHEDULE_CONVERSATION' ? (
          <label>
            {t('alertActions.conversationOn')}
            <input
              type="date"
              min={today()}
              value={draft.dueOn}
              onChange={(e) => setDraft({ ...draft, dueOn: e.target.value })}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              data-testid="alert-due"
            />
          </label>
        ) : null}
        {draft.action === 'RECORD_CAUSE' ? (
          <label>
            {t('alertActions.cause')}
            <select
              value={draft.causeCode}
              onChange={(e) => setDraft({ ...draft, causeCode: e.target.value })}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              data-testid="alert-cause"
            >
              <option value="">{t('alertActions.pickCause')}</option>
              {CAUSE_CODES.map((c) => (
                <option key={c} value={c}>
                  {t(`rules.cause.${c}`)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {draft.action === 'ASSIGN_COURSE' ? (
          <label>
            {t('alertActions.course')}
            <select
              value={draft.courseId ?? ''}
              onChange={(e) => setDraft({ ...draft, courseId: e.target.value })}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              data-testid="alert-course"
            >
              <option value="">{t('alertActions.pickCourse')}</option>
              {courseOptions.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {draft.action !== 'MARK_HANDLED' ? (
          <label>
            {t('alertActions.note')}
            <input
              type="text"
              maxLength={2000}
              value={draft.note}
              onChange={(e) => setDraft({ ...draft, note: e.target.value })}
              data-testid="alert-note"
            />
          </label>
        ) : null}
        <button
          type="button"
          className="btn btn-small btn-primary"
          disabled={acting.loading}
          onClick={ask}
          data-testid="alert-act"
        >
          {acting.loading ? t('alertActions.pending') : t('alertActions.confirm')}
        </button>
      </div>
      {problem ? (
        <span className="field-error" id={`${id}-problem`} role="alert" data-testid="alert-problem">
          {t(problem)}
        </span>
      ) : null}
      {done ? (
        <p className="small" role="status" data-testid="alert-done">
          {done}
        </p>
      ) : null}
      {acting.error && !confirming ? <ErrorState error={acting.error} /> : null}
      {confirming ? (
        <ConfirmDialog
          title={t('alertActions.confirmTitle')}
          pending={acting.loading}
          onConfirm={() => void run()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t(`alertActions.ask.${draft.action}`, words)}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
