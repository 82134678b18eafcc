import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/States';

export interface RuleVersionVm {
  id: string;
  version: number;
  createdAt?: string | null;
  createdBy?: string | null;
  active?: boolean;
}

export interface RuleVm {
  id: string;
  key: string;
  kind: string;
  label: string;
  version: number;
  /** The rule's definition as data (JSON). */
  definition: unknown;
  versions: RuleVersionVm[];
}

/** Pretty JSON for the editor; parse errors are reported, never thrown. */
export function parseRuleJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Rules are data: HR edits the JSON definition and saves it as a new version (the API validates
 * it and keeps every earlier version, which frozen reports keep pointing to).
 */
export function RulesEditor({
  rules,
  onSelect,
  onSave,
  saving,
  savedVersion,
  saveError,
}: {
  rules: RuleVm[];
  onSelect?: (rule: RuleVm) => void;
  onSave: (rule: RuleVm, definition: unknown) => void;
  saving: boolean;
  savedVersion: number | null;
  saveError?: string | null;
}) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(rules[0]?.id ?? null);
  const rule = rules.find((r) => r.id === selected) ?? rules[0];
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const definitionText = rule ? JSON.stringify(rule.definition, null, 2) : '';
  // Reset the editor when another rule (or a newly saved version) is shown.
  useEffect(() => {
    setText(definitionText);
    setInvalid(false);
  }, [definitionText]);

  if (!rule) return <Empty />;
  return (
    <div className="rules-layout" data-testid="rules">
      <div>
        <ul className="list">
          {rules.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className={`btn btn-ghost rule-item${r.id === rule.id ? ' selected' : ''}`}
                aria-pressed={r.id === rule.id}
                onClick={() => {
                  setSelected(r.id);
                  onSelect?.(r);
                }}
                data-testid="rule-item"
              >
                <span className="tag">{t(`rules.kind.${r.kind}`, { defaultValue: r.kind })}</span> {r.label}{' '}
                <span className="muted small">v{r.version}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="form">
        <label>
          {t('hr.editRules')} — {rule.label} (v{rule.version})
          {/* The definition is code (keys, enum values), kept as written in every language. */}
          <textarea
            translate="no"
            value={text}
            onChange={(e) => setText(e.target.value)}
            spellCheck={false}
            data-testid="rule-json"
          />
        </label>
        {invalid ? <div className="state-error">{t('hr.invalidJson')}</div> : null}
        {saveError ? <div className="state-error">{saveError}</div> : null}
        {savedVersion !== null ? (
          <div className="notice">{t('hr.saved', { version: savedVersion })}</div>
        ) : null}
        <div>
          <button
            type="button"
            className="btn btn-primary"
            disabled={saving}
            onClick={() => {
              const parsed = parseRuleJson(text);
              setInvalid(!parsed.ok);
              if (parsed.ok) onSave(rule, parsed.value);
            }}
            data-testid="rule-save"
          >
            {t('hr.saveVersion')}
          </button>
        </div>
        <h3>{t('hr.versions')}</h3>
        <table className="table">
          <tbody>
            {rule.versions.map((v) => (
              <tr key={v.id}>
                <td>v{v.version}</td>
                <td>{v.createdAt?.slice(0, 16).replace('T', ' ')}</td>
                <td>{v.createdBy}</td>
                <td>{v.active ? <span className="tag tag-good">✓</span> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
