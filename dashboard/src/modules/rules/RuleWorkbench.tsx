import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States';
import { Tabs } from '../../components/Tabs';
import { PreviewRuleChangeDocument, RuleVersionsDocument, SaveRuleVersionDocument } from './rules.queries';
import { RuleForm } from './RuleForm';
import { RuleDiff } from './RuleDiff';
import { RulePreview } from './RulePreview';
import { type Definition, editable, FORMS, type RuleKind, validateDraft } from './ruleForm.model';

export interface WorkbenchRule {
  kind: RuleKind;
  key: string;
  version: number;
  definition: unknown;
}

const PAGE = 20;

/**
 * One rule: its typed form, the diff between any two versions (or the draft), the impact
 * preview, and saving — allowed only for a valid draft whose current preview has been seen.
 */
export function RuleWorkbench({ rule, onSaved }: { rule: WorkbenchRule; onSaved: () => void }) {
  const { t } = useTranslation();
  const original = useMemo(() => editable(rule.definition), [rule.definition]);
  const [draft, setDraft] = useState<Definition>(original);
  const [tab, setTab] = useState<'edit' | 'diff'>('edit');
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [first, setFirst] = useState(PAGE);
  useEffect(() => {
    setDraft(original);
    setPreviewed(null);
  }, [original]);

  const versions = useQuery(RuleVersionsDocument, { variables: { kind: rule.kind, key: rule.key } });
  const nextVersion = Math.max(rule.version, ...(versions.data?.rules ?? []).map((v) => v.version)) + 1;
  const problems = useMemo(
    () => validateDraft(rule.kind, rule.key, nextVersion, draft),
    [rule.kind, rule.key, nextVersion, draft],
  );
  const draftJson = JSON.stringify(draft);
  const changed = draftJson !== JSON.stringify(original);
  const [runPreview, preview] = useLazyQuery(PreviewRuleChangeDocument, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SaveRuleVersionDocument);
  const fresh = previewed === draftJson && !!preview.data && !preview.error;

  const doPreview = (size = PAGE) => {
    setFirst(size);
    setPreviewed(draftJson);
    void runPreview({
      variables: { kind: rule.kind, key: rule.key, definition: draft, first: size, offset: 0 },
    }).catch(() => {});
  };
  const doSave = () => {
    setSavedVersion(null);
    void save({ variables: { kind: rule.kind, key: rule.key, definition: draft } })
      .then((res) => {
        if (res.data) setSavedVersion(res.data.saveRule.version);
        setPreviewed(null);
        void versions.refetch();
        onSaved();
      })
      .catch(() => {});
  };

  const hint =
    problems.size > 0
      ? t('ruleForm.invalid')
      : !changed
        ? t('ruleForm.unchanged')
        : previewed !== null && previewed !== draftJson
          ? t('ruleForm.previewStale')
          : !fresh
            ? t('ruleForm.previewFirst')
            : null;

  return (
    <div data-testid="rule-workbench" data-kind={rule.kind}>
      <Tabs
        label={t('ruleForm.edit')}
        tabs={[
          { key: 'edit', label: t('ruleForm.edit') },
          { key: 'diff', label: t('ruleForm.diff') },
        ]}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'edit' ? (
          <RuleForm specs={FORMS[rule.kind]} draft={draft} problems={problems} onChange={setDraft} />
        ) : (
          <RuleDiff
            kind={rule.kind}
            versions={(versions.data?.rules ?? []).map((v) => ({
              version: v.version,
              definition: v.definition,
            }))}
            draft={changed ? draft : null}
          />
        )}
      </Tabs>
      <div className="filters" style={{ marginTop: 8 }}>
        <button
          type="button"
          className="btn"
          disabled={problems.size > 0 || !changed || preview.loading}
          onClick={() => doPreview()}
          data-testid="rule-preview"
        >
          {t('ruleForm.preview')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={problems.size > 0 || !changed || !fresh || saving.loading}
          onClick={doSave}
          data-testid="rule-save"
        >
          {t('ruleForm.save', { version: nextVersion })}
        </button>
        <button
          type="button"
          className="btn btn-ghost"
          disabled={!changed}
          onClick={() => {
            setDraft(original);
            setPreviewed(null);
          }}
          data-testid="rule-reset"
        >
          {t('ruleForm.reset')}
        </button>
      </div>
      {hint ? (
        <p className="muted small" data-testid="rule-hint">
          {hint}
        </p>
      ) : null}
      {savedVersion !== null ? (
        <div className="notice" role="status" data-testid="rule-saved">
          {t('ruleForm.saved', { version: savedVersion })}
        </div>
      ) : null}
      {saving.error ? <ErrorState error={saving.error} /> : null}
      {preview.loading ? <Loading label={t('ruleForm.previewing')} /> : null}
      {preview.error ? <ErrorState error={preview.error} retry={() => doPreview(first)} /> : null}
      {previewed !== null && preview.data && !preview.loading ? (
        <RulePreview
          preview={preview.data.previewRuleChange}
          stale={!fresh}
          onMore={() => doPreview(Math.min(first + PAGE * 5, 200))}
        />
      ) : null}
      <h3>{t('ruleForm.versions')}</h3>
      {versions.error ? <ErrorState error={versions.error} retry={() => void versions.refetch()} /> : null}
      <div className="table-scroll">
        <table className="table" data-testid="rule-versions">
          <thead>
            <tr>
              <th scope="col">{t('hr.version')}</th>
              <th scope="col">{t('ruleForm.createdAt')}</th>
              <th scope="col">{t('ruleForm.createdBy')}</th>
              <th scope="col">{t('ruleForm.active')}</th>
            </tr>
          </thead>
          <tbody>
            {(versions.data?.rules ?? []).map((v) => (
              <tr key={v.databaseId} data-testid="rule-version" data-version={v.version}>
                <td>{t('ruleForm.version', { version: v.version })}</td>
                <td>{v.createdAt.slice(0, 16).replace('T', ' ')}</td>
                <td translate={v.createdBy ? 'no' : undefined}>{v.createdBy ?? t('ruleForm.system')}</td>
                <td>{v.active ? <span className="tag tag-good">{t('ruleForm.active')}</span> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
