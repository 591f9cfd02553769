import { agencyHandlers } from './agency';
import { bondHandlers } from './bonds';
import { miscHandlers } from './misc';
import { muniPricingHandlers } from './muni-pricing';
import { muniStatsHandlers } from './muni-stats';
import { muniHandlers } from './munis';
import type { HandlerRegistry } from './types';

/** Every operation's handler, keyed by the operation's name in the table. */
export const handlers: HandlerRegistry = {
  ...bondHandlers,
  ...agencyHandlers,
  ...muniHandlers,
  ...muniPricingHandlers,
  ...muniStatsHandlers,
  ...miscHandlers,
};
