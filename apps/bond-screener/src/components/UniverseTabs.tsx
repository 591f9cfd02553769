import type { KeyboardEvent } from 'react';
import { type Universe, universeLabels, universes } from '../lib/universe';

interface UniverseTabsProps {
  value: Universe;
  onChange: (universe: Universe) => void;
  panelId: string;
}

/** The three universes as tabs (arrow keys move between them, as the ARIA tabs pattern expects). */
export function UniverseTabs({ value, onChange, panelId }: UniverseTabsProps) {
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = universes.indexOf(value);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % universes.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + universes.length) % universes.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = universes.length - 1;
    const universe = next === null ? undefined : universes[next];
    if (universe === undefined) return;
    event.preventDefault();
    onChange(universe);
    document.getElementById(`tab-${universe}`)?.focus();
  }

  return (
    <div className="universe-tabs" role="tablist" aria-label="Bond universe">
      {universes.map((universe) => (
        <button
          key={universe}
          id={`tab-${universe}`}
          type="button"
          role="tab"
          aria-selected={universe === value}
          aria-controls={panelId}
          tabIndex={universe === value ? 0 : -1}
          className="universe-tabs__tab"
          onClick={() => onChange(universe)}
          onKeyDown={onKeyDown}
        >
          {universeLabels[universe]}
        </button>
      ))}
    </div>
  );
}
