import {
  passportConsent,
  PASSPORT_PARTS,
  sharingStatement,
  type Passport,
} from '@attune/sdk/follow-up';
import { longDate } from '../../scripts/dates';
import { printOnly } from '../../scripts/follow-up/print';
import { Button, ButtonGroup } from '../../ui/components/button';
import { downloadJson } from '../../ui/download';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import { linePicture, partPicture } from './pictures';
import type { PassportCtx } from './types';

/**
 * An Easy Read picture, sized so it holds its place before it loads. Beside a heading it says
 * nothing the heading does not (empty alt, hidden), so the heading reads as its words alone.
 */
const picture = (p: { src: string; alt: string }, size: number, decorative = false) =>
  h('img', {
    src: p.src,
    alt: decorative ? '' : p.alt,
    'aria-hidden': decorative ? 'true' : undefined,
    width: size,
    height: size,
  });

const print = (part: string) => printOnly(document.querySelector(`[data-print=${part}]`)!);

/** The passport as the person will carry it, the wallet card, and printing and downloading them. */
export function MadeView({ ctx, passport: p }: { ctx: PassportCtx; passport: Passport }) {
  // Who the person chose to show it to is what they agreed to share: said on every print and
  // in the download, in the same words as every other print and export.
  const sharing = sharingStatement(passportConsent(p), ctx.day);
  // The card is bank-card size: only lines short enough to read on it go on.
  const short = (e: { text: string }) => e.text.length <= 80;
  const card = [...p.parts.helps, ...p.parts.explain].filter(short).slice(0, 3);
  const calm = p.parts.overwhelmed.find(short);
  return h(
    'section',
    { 'aria-labelledby': 'passport-title' },
    h(
      'article',
      { class: 'attune-passport', 'data-testid': 'passport', 'data-print': 'passport' },
      // The runner moves focus here when the passport is made.
      h(
        'h2',
        { class: 'govuk-heading-l', id: 'passport-title', 'data-focus': true },
        t('passport.made.heading'),
      ),
      PASSPORT_PARTS.filter((part) => p.parts[part.id].length).map((part) => {
        const heading = partPicture(part.id);
        const lines = p.parts[part.id].map((e) => ({ text: e.text, picture: linePicture(e) }));
        // Where a line has a picture, every line of the part starts at the same place, as on
        // the screening's "What we found"; a part without pictures keeps its bullets.
        const pictured = lines.some((l) => l.picture);
        return h(
          'section',
          { key: part.id },
          h(
            'h3',
            { class: 'govuk-heading-m attune-passport-heading' },
            heading ? picture(heading, 40, true) : null,
            h('span', {}, part.heading),
          ),
          h(
            'ul',
            {
              class: pictured
                ? 'govuk-list attune-passport-pictured'
                : 'govuk-list govuk-list--bullet',
            },
            lines.map((l) =>
              pictured
                ? h(
                    'li',
                    {},
                    l.picture
                      ? picture(l.picture, 32)
                      : h('span', { class: 'attune-passport-blank' }),
                    h('span', {}, l.text),
                  )
                : h('li', {}, l.text),
            ),
          ),
        );
      }),
      h(
        'div',
        { class: 'attune-sharing', 'data-testid': 'passport-sharing' },
        sharing.map((line) => h('p', { class: 'govuk-body-s govuk-!-margin-bottom-1' }, line)),
      ),
      h(
        'p',
        { class: 'govuk-body' },
        t('passport.made.dates', {
          madeOn: longDate(p.madeOn),
          checkAgainOn: longDate(p.checkAgainOn),
        }),
      ),
      h('p', { class: 'govuk-body' }, t('passport.made.mine')),
      // No case reference on the passport or card: the person shows them to custody staff, a
      // solicitor or an employer, and a reference would tell them the person is on a caseload.
      // The download kept in the case carries it.
    ),
    // No pictures on the wallet card: at bank-card size they would push its lines off the edge.
    h(
      'div',
      { class: 'attune-wallet-card', 'data-testid': 'wallet-card', 'data-print': 'card' },
      h('h2', {}, t('passport.made.cardHeading')),
      card.length
        ? h(
            'ul',
            {},
            card.map((e) => h('li', {}, e.text)),
          )
        : null,
      calm ? h('p', {}, h('strong', {}, t('passport.made.cardCalm')), calm.text) : null,
      h('p', {}, t('passport.made.cardAsk', { madeOn: longDate(p.madeOn) })),
      h('p', { 'data-testid': 'card-sharing' }, sharing[0]!),
    ),
    h(
      ButtonGroup,
      {},
      h(Button, {
        text: t('passport.made.print'),
        attributes: { 'data-testid': 'print-passport' },
        onClick: () => print('passport'),
      }),
      h(Button, {
        text: t('passport.made.printCard'),
        classes: 'govuk-button--secondary',
        attributes: { 'data-testid': 'print-card' },
        onClick: () => print('card'),
      }),
      h(Button, {
        text: t('passport.made.download'),
        classes: 'govuk-button--secondary',
        attributes: { 'data-testid': 'download-passport' },
        onClick: () => downloadJson({ ...p, sharing }, `passport-${p.madeOn}.json`),
      }),
    ),
  );
}
