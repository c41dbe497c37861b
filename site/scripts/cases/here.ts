/**
 * The case a flow page is working in, when it was opened from a case on /cases/. This module is
 * tiny and holds no key: the flow reads the reference and hands finished records to `add`; the
 * unlocking and sealing live in `open-here.ts`, loaded only when a page is opened inside a case.
 */
import type { Case, CaseEntry } from '@attune/sdk/cases';

/** A new entry for the case: its id and date are given when it is saved. */
export type NewEntry = CaseEntry extends infer E
  ? E extends CaseEntry
    ? Omit<E, 'id' | 'on'>
    : never
  : never;

export interface CaseHere {
  /** The case's id: random, never about the person, so it may sit in the address. */
  id: string;
  /** The practitioner's reference for the person, shown on every print and export of the flow. */
  reference: string;
  /** The case on /cases/, to go back to. */
  href: string;
  /**
   * Seals the entry into the case in the encrypted caseload. `key` names the record: the first
   * time it adds an entry, later times replace that entry (a referral moving on from sent to
   * assessed stays one entry). If the caseload locked meanwhile, the passphrase is asked for
   * again first: a finished record is never lost to a lock. `existing` names the entry the record
   * already is in the case (a mentoring plan carried on), so the first save replaces it too.
   */
  add(key: string, entry: NewEntry, existing?: string): Promise<void>;
  /** The case as it was when this page unlocked it, to carry on from its records at once. */
  opened: Case;
  /** The case as it is now, to start from its records (asks for the passphrase if locked). */
  read(): Promise<Case>;
  /** True once the record with this key is in the case. */
  saved(key: string): boolean;
  /**
   * A run in progress inside the case (a screening half done), kept under the flow's `name`, as it
   * was when this page unlocked; null if there is none. Reloading the page loses nothing.
   */
  draft(name: string): unknown;
  /**
   * Seals the run in progress into the case, replacing the last one kept; null deletes it (the run
   * ended or was deleted). While the caseload is locked the latest waits in memory and is sealed
   * at the next unlock: keeping a run never asks for the passphrase by itself.
   */
  keepDraft(name: string, value: unknown): void;
}

let here: CaseHere | null = null;

/** The case this page works in, or null on its own (the page then works as it always has). */
export const caseHere = (): CaseHere | null => here;

export function setCaseHere(c: CaseHere): void {
  here = c;
}

/** The case id from the address (`?case=<id>`), when it has the form of one. */
export function caseIdInUrl(): string | null {
  const id = new URLSearchParams(location.search).get('case');
  return id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

/** Fired on the document when a record is saved into the case, so views can say so. */
export const CASE_SAVED = 'attune:case-saved';
