/**
 * Why a machine refused an event, in one shape across every Attune machine: a stable `code`
 * for hosts to branch on, a plain-English `message` to show as it is, and the `field` the
 * problem is in (a name from the event, such as `reason` or `reviewDate`) when there is one.
 */
export interface FlowError<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
  readonly field?: string;
}
