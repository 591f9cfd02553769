import { createContext } from 'react';
import type { TerrapinHookClient } from './options/client';

/** Holds the provider's client; `null` outside a `<TerrapinProvider>`. */
export const TerrapinContext = createContext<TerrapinHookClient | null>(null);
TerrapinContext.displayName = 'TerrapinContext';
