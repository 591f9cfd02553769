import type { ReactNode } from 'react';

/** Loading and empty states: one short sentence and, optionally, what to do next. */
export function StateMessage({
  kind,
  children,
  action,
}: {
  kind: 'loading' | 'empty';
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={`state-message state-message--${kind}`} role="status">
      {kind === 'loading' ? <span className="spinner" aria-hidden="true" /> : null}
      <span>{children}</span>
      {action}
    </div>
  );
}
