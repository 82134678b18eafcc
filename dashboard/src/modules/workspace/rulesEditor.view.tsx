import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/States';
import { RuleWorkbench } from '../rules/RuleWorkbench';
import type { RuleKind } from '../rules/ruleForm.model';

export interface RuleVm {
  id: string;
  key: string;
  kind: RuleKind;
  /** The rule's name (data, as HR wrote it). */
  label: string;
  version: number;
  definition: unknown;
}

/**
 * Rules are data: HR picks a rule and edits it through its kind's form; a valid draft is
 * previewed against everyone in scope and saved as a new version (earlier versions stay, and
 * frozen reports keep pointing to theirs).
 */
export function RulesEditor({ rules, onSaved }: { rules: RuleVm[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(null);
  const rule = rules.find((r) => r.id === selected) ?? rules[0];
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
                onClick={() => setSelected(r.id)}
                data-testid="rule-item"
                data-kind={r.kind}
                data-key={r.key}
              >
                <span className="tag">{t(`rules.kind.${r.kind}`)}</span> <span translate="no">{r.label}</span>{' '}
                <span className="muted small">{t('ruleForm.version', { version: r.version })}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3>
          {t(`rules.kind.${rule.kind}`)} · <span translate="no">{rule.label}</span>
        </h3>
        <RuleWorkbench key={rule.id} rule={rule} onSaved={onSaved} />
      </div>
    </div>
  );
}
