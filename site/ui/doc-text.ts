import { h } from './h';

/**
 * A doc comment as paragraphs. Comments use only `code` spans, so backticks become <code> and
 * the rest stays text: nothing is parsed as HTML, and no Markdown parser is pulled in.
 */
export function DocText({
  text,
  class: className = 'govuk-body',
}: {
  text: string;
  class?: string;
}) {
  return text
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((p, i) =>
      h(
        'p',
        { class: className, key: i },
        p.split(/`([^`]+)`/).map((part, j) => (j % 2 ? h('code', { key: j }, part) : part)),
      ),
    );
}
