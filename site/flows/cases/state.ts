import {
  summariseCase,
  type Case,
  type CaseConflict,
  type CaseSummary,
  type DueKind,
} from '@attune/sdk/cases';
import type { FlowError } from '../../ui/runner';

/**
 * The /cases/ page's state, as one value changed only by `reduce`: which screen is shown, the
 * cases it shows, and the errors of the last thing tried. What the page does (derive a key, read
 * IndexedDB, tell other tabs) lives in actions.ts, which sends events here with what it found.
 */
export type Screen = 'loading' | 'setup' | 'locked' | 'list' | 'case';
export type Filter = DueKind | 'all' | 'any';

export interface ImportResult {
  added: number;
  updated: number;
  same: number;
  conflicts: CaseConflict[];
  /** The choice made for each conflict, by case id; a conflict is applied only when chosen. */
  chosen: Record<string, 'local' | 'incoming'>;
}

export interface CasesState {
  screen: Screen;
  /** A word about this moment ("locked because it was not used"): gone at the next change. */
  note: string | null;
  /** The list works from summaries; a case is opened in full only when it is looked at. */
  summaries: CaseSummary[];
  opened: Case | null;
  filter: Filter;
  errors: FlowError[];
  imported: ImportResult | null;
}

export type CasesEvent =
  | { type: 'SET_UP'; note?: string }
  | { type: 'LOCKED'; note?: string }
  | { type: 'UNLOCKED'; summaries: CaseSummary[]; note?: string }
  | { type: 'OPENED'; case: Case }
  | { type: 'LIST'; note?: string }
  | { type: 'SAVED'; cases: Case[] }
  | { type: 'FRESH'; summaries: CaseSummary[]; opened?: Case | null }
  | { type: 'REMOVED'; ids: string[]; note?: string }
  | { type: 'FILTER'; filter: Filter }
  | { type: 'ERRORS'; errors: FlowError[] }
  | { type: 'IMPORTED'; result: Omit<ImportResult, 'chosen'> }
  | { type: 'CHOSEN'; id: string; keep: 'local' | 'incoming' };

export const initialState: CasesState = {
  // Until the page has looked for a caseload on this device.
  screen: 'loading',
  note: null,
  summaries: [],
  opened: null,
  filter: 'all',
  errors: [],
  imported: null,
};

export const sortCases = <T extends { reference: string }>(cs: readonly T[]): T[] =>
  [...cs].sort((a, b) => a.reference.localeCompare(b.reference, 'en-GB', { numeric: true }));

/** Replaces the summaries of `fresh` cases (by id), keeping the list in reference order. */
const upsert = (list: CaseSummary[], fresh: CaseSummary[]) => {
  // By id, the last one given winning, so a case sent twice in one batch is listed once.
  const byId = new Map(fresh.map((c) => [c.id, c]));
  return sortCases([...list.filter((c) => !byId.has(c.id)), ...byId.values()]);
};

// Locking, deleting or setting up drops every case from memory with the key.
const empty = (screen: Screen, note?: string): CasesState => ({
  ...initialState,
  screen,
  note: note ?? null,
});

/** Events about cases, which mean nothing unless the caseload is open. */
const NEEDS_OPEN = new Set<CasesEvent['type']>([
  'OPENED',
  'LIST',
  'SAVED',
  'FRESH',
  'REMOVED',
  'FILTER',
  'IMPORTED',
  'CHOSEN',
]);

export function reduce(state: CasesState, event: CasesEvent): CasesState {
  // A save or read still under way when the caseload locked (idle, or in another tab) finishes
  // after it: what it brings back is dropped, so no case comes back into memory without the key.
  if (NEEDS_OPEN.has(event.type) && state.screen !== 'list' && state.screen !== 'case')
    return state;
  switch (event.type) {
    case 'SET_UP':
      return empty('setup', event.note);
    case 'LOCKED':
      return empty('locked', event.note);
    case 'UNLOCKED':
      return { ...empty('list', event.note), summaries: sortCases(event.summaries) };
    case 'OPENED':
      return { ...state, screen: 'case', opened: event.case, note: null, errors: [] };
    case 'LIST':
      return {
        ...state,
        screen: 'list',
        opened: null,
        note: event.note ?? null,
        errors: [],
        imported: null,
      };
    case 'SAVED': {
      const opened = event.cases.find((c) => c.id === state.opened?.id) ?? state.opened;
      return {
        ...state,
        summaries: upsert(state.summaries, event.cases.map(summariseCase)),
        opened,
        note: null,
        errors: [],
      };
    }
    case 'FRESH':
      return {
        ...state,
        summaries: upsert(state.summaries, event.summaries),
        opened: event.opened === undefined ? state.opened : event.opened,
        note: null,
      };
    case 'REMOVED': {
      const summaries = state.summaries.filter((c) => !event.ids.includes(c.id));
      // The case being looked at went (here or in another tab): back to the list, saying so.
      if (state.opened && event.ids.includes(state.opened.id))
        return {
          ...state,
          screen: 'list',
          summaries,
          opened: null,
          errors: [],
          imported: null,
          note: event.note ?? null,
        };
      return { ...state, summaries, note: event.note ?? state.note };
    }
    case 'FILTER':
      return { ...state, filter: event.filter, errors: [] };
    case 'ERRORS':
      return { ...state, errors: event.errors };
    case 'IMPORTED':
      return { ...state, imported: { ...event.result, chosen: {} }, errors: [], note: null };
    case 'CHOSEN':
      return state.imported
        ? {
            ...state,
            imported: {
              ...state.imported,
              chosen: { ...state.imported.chosen, [event.id]: event.keep },
            },
          }
        : state;
  }
}
