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
  alertActionsFor,
  isHandled,
  type TeamAlert,
} from './alerts.model';
import { ConfirmDialog } from './ConfirmDialog';

const ACTION_LABEL: Record<AlertAction, string> = {
  SCHEDULE_CONVERSATION: 'alertActions.schedule',
  RECORD_CAUSE: 'alertActions.recordCause',
  ASSIGN_RETRAINING: 'alertActions.retrain',
  ASSIGN_COURSE: 'alertActions.otherCourse',
  OPEN_IMPROVEMENT_PLAN: 'alertActions.openPlan',
  CLOSE_IMPROVEMENT_PLAN: 'alertActions.closePlan',
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
  const plan = alert.plan ? (
    <p className="small" data-testid="alert-plan" data-status={alert.plan.status}>
      <span className={`tag ${alert.plan.status === 'OPEN' ? 'tag-warn' : 'tag-good'}`}>
        {t(`alertActions.plan.${alert.plan.status}`)}
      </span>
      {alert.plan.target ? (
        <>
          {' '}
          {t('alertActions.planTarget')}
          <span translate="no">{alert.plan.target}</span>
        </>
      ) : null}
    </p>
  ) : null;
  if (isHandled(alert))
    return (
      <div data-testid="alert-actions" data-handled="true">
        <span className="tag tag-good">{t('alertActions.action.MARK_HANDLED')}</span>
        {plan}
        {history}
      </div>
    );
  const actions = alertActionsFor(alert.plan);
  // After a plan is opened (or closed) its action gives way to the other one.
  const selected = actions.includes(draft.action) ? draft.action : actions[0]!;

  const words = {
    employee: alert.employee,
    course:
      selected === 'ASSIGN_COURSE'
        ? (courseOptions.find((c) => c.id === draft.courseId)?.name ?? '')
        : alert.course,
    date: draft.dueOn,
    target: draft.target?.trim() ?? '',
    cause: draft.causeCode ? t(`rules.cause.${draft.causeCode}`) : '',
  };
  const ask = () => {
    const p = alertActionProblem({ ...draft, action: selected }, today());
    setProblem(p);
    setDone(null);
    if (!p) setConfirming(true);
  };
  const run = async () => {
    const res = await act({
      variables: { impactId: alert.impactId, input: alertActionInput({ ...draft, action: selected }) },
    }).catch(() => null);
    setConfirming(false);
    if (!res?.data) return;
    setDone(t(`alertActions.done.${selected}`, words));
    setDraft((d) => ({ ...d, action: selected, note: '', target: '' }));
    await onDone();
  };

  return (
    <div data-testid="alert-actions" data-handled="false">
      {plan}
      {history}
      <div className="alert-actions">
        <label>
          {t('alertActions.column')}
          <select
            value={selected}
            onChange={(e) => {
              setDraft({ ...draft, action: e.target.value as AlertAction });
              setProblem(null);
            }}
            disabled={acting.loading}
            data-testid="alert-action"
          >
            {actions.map((a) => (
              <option key={a} value={a}>
                {t(ACTION_LABEL[a])}
              </option>
            ))}
          </select>
        </label>
        {selected === 'SCHEDULE_CONVERSATION' ? (
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
        {selected === 'RECORD_CAUSE' ? (
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
        {selected === 'OPEN_IMPROVEMENT_PLAN' ? (
          <label>
            {t('alertActions.target')}
            <input
              type="text"
              maxLength={500}
              value={draft.target ?? ''}
              onChange={(e) => setDraft({ ...draft, target: e.target.value })}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              data-testid="alert-target"
            />
          </label>
        ) : null}
        {selected === 'ASSIGN_COURSE' ? (
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
                <option key={c.id} value={c.id} translate="no">
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {selected !== 'MARK_HANDLED' ? (
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
          <p>{t(`alertActions.ask.${selected}`, words)}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
