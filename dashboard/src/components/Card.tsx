import type { ReactNode } from 'react';
import { Explain, type Explanation } from './Explain';

export function Card({
  title,
  explain,
  actions,
  children,
  wide,
  testId,
}: {
  title: ReactNode;
  explain?: Explanation;
  actions?: ReactNode;
  children: ReactNode;
  wide?: boolean;
  testId?: string;
}) {
  return (
    <section className={`card${wide ? ' card-wide' : ''}`} data-testid={testId}>
      <header className="card-header">
        <h2>
          {title}
          {explain ? <Explain {...explain} /> : null}
        </h2>
        {actions ? <div className="card-actions">{actions}</div> : null}
      </header>
      <div className="card-body">{children}</div>
    </section>
  );
}

/** A headline number with its explanation (and a second line, e.g. its interval). */
export function Stat({
  label,
  value,
  detail,
  explain,
  tone,
  testId = 'stat',
}: {
  label: ReactNode;
  value: ReactNode;
  detail?: ReactNode;
  explain?: Explanation;
  tone?: 'good' | 'bad';
  testId?: string;
}) {
  return (
    <div className={`stat${tone ? ` stat-${tone}` : ''}`} data-testid={testId}>
      <div className="stat-label">
        {label}
        {explain ? <Explain {...explain} /> : null}
      </div>
      <div className="stat-value">{value}</div>
      {detail ? <div className="stat-detail">{detail}</div> : null}
    </div>
  );
}
