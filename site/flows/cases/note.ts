import { InsetText } from '../../ui/components/inset-text';
import { h } from '../../ui/h';

/** A word about this moment (why the caseload locked, what was just deleted), set apart. */
export const Note = ({ text }: { text: string | null }) =>
  text ? h(InsetText, { text, attributes: { 'data-testid': 'note' } }) : null;

/** The page's heading, with the person's name (or "Case") as its caption on a case. */
export const Heading = ({ text, caption }: { text: string; caption?: string | null }) =>
  h(
    'h1',
    { class: 'govuk-heading-xl' },
    caption ? h('span', { class: 'govuk-caption-l' }, caption) : null,
    text,
  );
