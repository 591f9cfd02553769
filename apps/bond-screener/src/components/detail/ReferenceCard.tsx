import { visibleGroups } from '../../lib/reference-fields';
import type { Universe } from '../../lib/universe';
import { QueryState } from '../QueryState';
import { Card } from './Card';

interface ReferenceCardProps {
  universe: Universe;
  query: {
    data: { data: unknown[] } | undefined;
    error: unknown;
    isPending: boolean;
    refetch: () => unknown;
  };
}

/** The reference record grouped the way an analyst reads it: issuer, terms, ratings, identifiers. */
export function ReferenceCard({ universe, query }: ReferenceCardProps) {
  return (
    <Card id="reference" title="Reference data">
      <QueryState
        query={query}
        loading="Loading reference data…"
        empty="No reference data for this ISIN."
        isEmpty={(envelope) => envelope.data.length === 0}
      >
        {(envelope) => (
          <div className="reference-groups">
            {visibleGroups(universe, envelope.data[0] as Record<string, unknown>).map((group) => (
              <section key={group.title} className="reference-group" aria-label={group.title}>
                <h3>{group.title}</h3>
                <dl>
                  {group.items.map(([label, value]) => (
                    <div key={label} className="reference-group__row">
                      <dt>{label}</dt>
                      <dd>{value}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
