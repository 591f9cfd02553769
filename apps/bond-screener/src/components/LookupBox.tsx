import { useQueryClient } from '@tanstack/react-query';
import { terrapinQueryOptions, useTerrapin } from '@terrapin/react-hooks';
import { type FormEvent, useState } from 'react';
import { navigate } from '../hooks/useLocation';
import { presentError } from '../lib/errors';
import { parseIdentifier } from '../lib/identifier-lookup';
import { operationsFor } from '../lib/operations';
import { bondPath } from '../lib/routes';
import { type Universe, universeLabels, universes } from '../lib/universe';
import { FieldError } from './fields/FieldError';

const inputId = 'lookup-identifier';

/**
 * "Go to a bond" by ISIN or CUSIP. The identifier is checked offline first (a bad check digit is explained and
 * nothing is sent); then each universe's search is asked for that ISIN, the tab shown first, stopping at the
 * first that has it (one request when the bond is in the tab shown, at most three).
 */
export function LookupBox({ current }: { current: Universe }) {
  const terrapin = useTerrapin();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseIdentifier(text);
    if (!parsed.ok) {
      setMessage(parsed.message);
      document.getElementById(inputId)?.focus();
      return;
    }
    setMessage(undefined);
    setBusy(true);
    try {
      for (const universe of [current, ...universes.filter((u) => u !== current)]) {
        const name = operationsFor[universe].search as 'bond_search';
        const result = await queryClient.fetchQuery(
          terrapinQueryOptions(terrapin, name, { isins: [parsed.isin], limit: 1 } as never),
        );
        if ((result.total ?? result.data.length) > 0) {
          navigate(bondPath(universe, parsed.isin));
          return;
        }
      }
      const names = universes.map((u) => universeLabels[u].toLowerCase()).join(', ');
      setMessage(
        `No bond with ISIN ${parsed.isin}${parsed.fromCusip ? ` (CUSIP ${parsed.fromCusip})` : ''} in the ${names} data.`,
      );
    } catch (error) {
      const shown = presentError(error);
      setMessage(`${shown.title}. ${shown.hint}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="lookup" onSubmit={submit} noValidate aria-label="Find a bond by ISIN or CUSIP">
      <div className={message ? 'field field--invalid' : 'field'}>
        <label htmlFor={inputId}>ISIN or CUSIP</label>
        <div className="lookup__row">
          <input
            id={inputId}
            value={text}
            onChange={(event) => setText(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            placeholder="e.g. IT0005580540 or 037833100"
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? `${inputId}-error` : undefined}
          />
          <button type="submit" className="button" aria-busy={busy || undefined}>
            {busy ? 'Finding…' : 'Find'}
          </button>
        </div>
        <FieldError id={`${inputId}-error`} message={message} />
      </div>
    </form>
  );
}
