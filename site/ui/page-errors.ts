import { useState } from './h';
import { useFocusAfterDraw } from './focus';
import { announce, type FlowError } from './runner';

/**
 * What a flow's views are given to report how an action went, when the flow keeps its errors in
 * the page (a passport, a referral's letter and consent): the errors to show, each found by the
 * id of its field, and `done` for an action that moves no step.
 */
export interface PageErrors {
  errorFor(id: string): FlowError | undefined;
  fail(errors: FlowError[]): void;
  /** After an action that moves no step: errors go, the change is announced, focus goes to `focus`. */
  done(message: string, focus?: string): void;
}

/** The errors a flow keeps in the page (for its `Step`), and the `PageErrors` its views use. */
export function usePageErrors(): { errors: FlowError[] } & PageErrors {
  const [errors, setErrors] = useState<FlowError[]>([]);
  const focusAfterDraw = useFocusAfterDraw();
  return {
    errors,
    errorFor: (id) => errors.find((e) => e.field === id),
    fail: setErrors,
    done(message, focus) {
      setErrors([]);
      announce(message);
      if (focus) focusAfterDraw(focus);
    },
  };
}
