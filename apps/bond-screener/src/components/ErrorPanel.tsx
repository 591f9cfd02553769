import type { MouseEvent } from 'react';
import type { ErrorPresentation, FieldProblem } from '../lib/errors';

interface ErrorPanelProps {
  error: ErrorPresentation;
  /** The id of the input a problem is about, so the summary can link to it. */
  inputFor?: (problem: FieldProblem) => string | null;
  onRetry?: () => void;
  compact?: boolean;
}

function focusInput(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const input = document.getElementById(id);
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.scrollIntoView({ block: 'center' });
}

/** A typed SDK error as a message that says what happened and what to do, with the request id for support. */
export function ErrorPanel({ error, inputFor, onRetry, compact = false }: ErrorPanelProps) {
  const showProblems = error.problems.length > 1 || (error.problems.length === 1 && inputFor);
  return (
    <div
      className={`error-panel error-panel--${error.kind}${compact ? ' error-panel--compact' : ''}`}
      role="alert"
    >
      <p className="error-panel__title">{error.title}</p>
      {showProblems ? (
        <ul className="error-panel__problems">
          {error.problems.map((problem, index) => {
            const inputId = inputFor?.(problem) ?? null;
            const where = problem.pointer ? <code>{problem.pointer}</code> : null;
            // Problems have no identity beyond their position in the answer.
            return (
              <li key={index}>
                {inputId ? (
                  <a href={`#${inputId}`} onClick={(event) => focusInput(event, inputId)}>
                    {where} {problem.detail}
                  </a>
                ) : (
                  <>
                    {where} {problem.detail}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="error-panel__message">{error.message}</p>
      )}
      <p className="error-panel__hint">{error.hint}</p>
      <div className="error-panel__footer">
        {error.requestId ? (
          <span className="error-panel__request-id">
            Request id <code>{error.requestId}</code>
          </span>
        ) : null}
        {onRetry ? (
          <button type="button" className="button button--small" onClick={onRetry}>
            Try again
          </button>
        ) : null}
      </div>
    </div>
  );
}
