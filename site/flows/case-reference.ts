import { caseHere, CASE_SAVED } from '../scripts/cases/here';
import { h, useEffect, useState } from '../ui/h';

/**
 * The case a flow is working in: its reference at the top of every step, so every print of the
 * flow carries it, and, once a record is in the case, a line saying so with the way back. Draws
 * nothing when the page is used on its own.
 */
export function CaseReference() {
  const here = caseHere();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const onSaved = () => setSaved(true);
    document.addEventListener(CASE_SAVED, onSaved);
    return () => document.removeEventListener(CASE_SAVED, onSaved);
  }, []);
  if (!here) return null;
  return h(
    'div',
    { class: 'attune-case-reference', 'data-testid': 'case-reference' },
    h(
      'p',
      { class: 'govuk-body govuk-!-margin-bottom-2' },
      h('strong', {}, 'Case reference: '),
      here.reference,
    ),
    saved
      ? h(
          'p',
          { class: 'govuk-body attune-no-print', role: 'status', 'data-testid': 'case-saved' },
          'Saved into the case, encrypted. ',
          h('a', { class: 'govuk-link', href: here.href }, `Back to ${here.reference}’s case`),
        )
      : null,
  );
}
