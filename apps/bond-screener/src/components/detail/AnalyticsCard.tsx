import type { Universe } from '../../lib/universe';

interface AnalyticsCardProps {
  universe: Universe;
  record: Record<string, unknown> | undefined;
  price: Record<string, unknown> | undefined;
}

/** Figures computed in the browser with @terrapin/core/analytics (filled in once analytics lands). */
export function AnalyticsCard(_props: AnalyticsCardProps) {
  return null;
}
