import { Button, ButtonGroup, LinkButton } from '../../ui/components/button';
import { WarningText } from '../../ui/components/warning-text';
import { h, useEffect, useRef, useState } from '../../ui/h';

/**
 * A button that opens a confirmation under it (a warning, or a plain question, then "Yes" and
 * "No"), for what cannot be undone. Focus goes to "Yes" when it opens and back to the button
 * when the person says no, so a keyboard user is never left at the top of the page.
 */
export function Confirm(p: {
  open: string;
  openClasses: string;
  message: string;
  warning: boolean;
  yes: string;
  no: string;
  onYes: () => void | Promise<void>;
}) {
  const [asking, setAsking] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    box.current?.querySelector<HTMLElement>(asking ? '[data-yes]' : '[data-open-confirm]')?.focus();
  }, [asking]);
  const toggle = (to: boolean) => {
    moved.current = true;
    setAsking(to);
  };
  return h(
    'div',
    { ref: box },
    h(Button, {
      text: p.open,
      classes: p.openClasses,
      attributes: { 'data-open-confirm': '' },
      onClick: () => toggle(true),
    }),
    asking
      ? h(
          'div',
          {},
          p.warning
            ? h(WarningText, { text: p.message })
            : h('p', { class: 'govuk-body' }, p.message),
          h(
            ButtonGroup,
            {},
            h(Button, {
              text: p.yes,
              classes: 'govuk-button--warning',
              attributes: { 'data-yes': '' },
              onClick: () => void p.onYes(),
            }),
            h(LinkButton, { text: p.no, onClick: () => toggle(false) }),
          ),
        )
      : null,
  );
}
