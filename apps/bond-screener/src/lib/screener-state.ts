import { emptyFilters, type FiltersByUniverse, type Paging } from './filters';
import { defaultPageSize } from './paging';
import type { SortState } from './sort';
import type { Universe } from './universe';

/** The screener's state: the form's drafts, the filters last searched, and paging/sort per universe. */
export interface ScreenerState {
  universe: Universe;
  drafts: FiltersByUniverse;
  applied: FiltersByUniverse;
  paging: Record<Universe, Paging>;
  sort: Record<Universe, SortState | null>;
}

export type ScreenerAction =
  | { type: 'universe'; universe: Universe }
  | { type: 'edit'; universe: Universe; patch: Partial<FiltersByUniverse[Universe]> }
  | { type: 'apply'; universe: Universe }
  | { type: 'reset'; universe: Universe }
  | { type: 'offset'; universe: Universe; offset: number }
  | { type: 'page-size'; universe: Universe; limit: number }
  | { type: 'sort'; universe: Universe; sort: SortState | null; firstPage: boolean }
  | { type: 'restore'; state: ScreenerState };

const firstPage: Paging = { limit: defaultPageSize, offset: 0 };

export const initialScreenerState: ScreenerState = {
  universe: 'bonds',
  drafts: emptyFilters,
  applied: emptyFilters,
  paging: { bonds: firstPage, agency: firstPage, munis: firstPage },
  sort: { bonds: null, agency: null, munis: null },
};

export function screenerReducer(state: ScreenerState, action: ScreenerAction): ScreenerState {
  switch (action.type) {
    case 'restore':
      // The address bar changed (back/forward, a pasted link): it describes the screen.
      return action.state;
    case 'universe':
      return { ...state, universe: action.universe };
    case 'edit':
      return {
        ...state,
        drafts: { ...state.drafts, [action.universe]: { ...state.drafts[action.universe], ...action.patch } },
      };
    case 'apply':
      // New filters start again from the first page.
      return {
        ...state,
        applied: { ...state.applied, [action.universe]: state.drafts[action.universe] },
        paging: { ...state.paging, [action.universe]: { ...state.paging[action.universe], offset: 0 } },
      };
    case 'reset':
      return {
        ...state,
        drafts: { ...state.drafts, [action.universe]: emptyFilters[action.universe] },
        applied: { ...state.applied, [action.universe]: emptyFilters[action.universe] },
        paging: { ...state.paging, [action.universe]: { ...state.paging[action.universe], offset: 0 } },
      };
    case 'offset':
      return {
        ...state,
        paging: {
          ...state.paging,
          [action.universe]: { ...state.paging[action.universe], offset: Math.max(0, action.offset) },
        },
      };
    case 'page-size': {
      // Keep the first row in view when the page size changes.
      const { offset } = state.paging[action.universe];
      const limit = Math.max(1, action.limit);
      return {
        ...state,
        paging: { ...state.paging, [action.universe]: { limit, offset: Math.floor(offset / limit) * limit } },
      };
    }
    case 'sort':
      // An order the API applies changes every page, so start again from the first one.
      return {
        ...state,
        sort: { ...state.sort, [action.universe]: action.sort },
        paging: action.firstPage
          ? { ...state.paging, [action.universe]: { ...state.paging[action.universe], offset: 0 } }
          : state.paging,
      };
  }
}
