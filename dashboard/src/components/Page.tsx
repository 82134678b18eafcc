import type { ReactNode } from 'react';

/** Every page has a stable test id (`page-<route key>`) whatever state it is in. */
export function Page({
  routeKey,
  title,
  actions,
  children,
}: {
  routeKey: string;
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="page" data-testid={`page-${routeKey}`}>
      <div className="page-head">
        <h1>{title}</h1>
        {actions}
      </div>
      {children}
    </div>
  );
}
