import type { ScreeningRecord } from '@attune/sdk/screening';
import { profileSummary } from '@attune/sdk/screening';
import { BackLink } from '../../ui/components/back-link';
import { Button, ButtonGroup } from '../../ui/components/button';
import { h, type ComponentChildren } from '../../ui/h';
import { t, tList } from '../../ui/messages';
import { canSpeak } from '../../ui/speech';
import { pictureFor, type Picture } from './pictures';
import { ReadAloud } from './toolbar';
import type { Ctx } from './types';

/** The most lines in a list, so the page stays one A4 sheet whatever the profile. */
const MOST = 6;

interface Line {
  text: string;
  picture: Picture | null;
}

const List = ({ lines, testid }: { lines: Line[]; testid: string }) =>
  h(
    'ul',
    {
      class: `govuk-list attune-found-list${lines.length > 3 ? ' attune-found-list--two' : ''}`,
      'data-testid': testid,
    },
    lines.map((line) =>
      h(
        'li',
        { key: line.text },
        line.picture
          ? h('img', { src: line.picture.src, alt: line.picture.alt, width: 48, height: 48 })
          : h('span', { class: 'attune-found-blank' }),
        h('span', {}, line.text),
      ),
    ),
  );

const Section = ({ title, children }: { title: string; children?: ComponentChildren }) =>
  h('section', {}, h('h2', { class: 'govuk-heading-m' }, title), children);

/**
 * "What we found", for the person: one page in Easy Read with pictures, to go through together
 * on screen, read aloud, and print on one A4 sheet to take away. It says what the person is good
 * at, what can be hard, what will change and what happens next, and that it is not a diagnosis.
 */
export function FoundView({ ctx }: { ctx: Ctx }) {
  const record = ctx.snapshot.context.record as ScreeningRecord;
  const q = ctx.questionnaire;
  const areas = profileSummary(record, q).areas;
  // The person's strengths in the Easy Read words of the options they chose; their own words as
  // they wrote them.
  const strengthOptions = q.items
    .filter((i) => i.purpose === 'strengths')
    .flatMap((i) => ('options' in i && i.options ? i.options.map((o) => ({ item: i.id, o })) : []));
  const good: Line[] = record.strengths.map((label) => {
    const found = strengthOptions.find(({ o }) => o.label === label);
    return {
      text: found?.o.easyRead ?? label,
      picture: found ? pictureFor(found.item, found.o.value) : null,
    };
  });
  // Easy Read names for the needs screening's areas; another questionnaire's areas keep their labels.
  const easyAreas: Record<string, string> = ctx.messages.screening.found.areas;
  const areaWords = (domain: string, label: string) => easyAreas[domain] ?? label;
  for (const a of areas.filter((a) => a.strength).slice(0, Math.max(0, 3 - good.length)))
    good.push({
      text: t('screening.found.notHard', { area: areaWords(a.domain, a.label) }),
      picture: pictureFor(`area:${a.domain}`),
    });
  const hard: Line[] = areas
    .filter((a) => a.need)
    .sort((a, b) => (a.level === b.level ? 0 : a.level === 'strong' ? -1 : 1))
    .map((a) => ({
      text: areaWords(a.domain, a.label),
      picture: pictureFor(`area:${a.domain}`),
    }));
  const agreed = ctx.plan
    ? [
        ...ctx.plan.suggestions
          .filter((s) => s.decision === 'agreed')
          .map((s) => ctx.catalogue.find((a) => a.id === s.id)?.easyRead),
        ...ctx.plan.own.map((o) => o.title),
      ]
    : record.recommendedAdjustments.map((id) => ctx.catalogue.find((a) => a.id === id)?.easyRead);
  const change: Line[] = agreed
    .filter((text): text is string => !!text)
    .slice(0, 3)
    .map((text, i) => ({ text, picture: i === 0 ? pictureFor('found:change') : null }));
  const next: Line[] = [
    ...tList('screening.found.nextSteps'),
    ...(record.diagnosis.wanted === 'yes' ? [t('screening.found.nextDiagnosis')] : []),
  ].map((text, i) => ({ text, picture: pictureFor(`found:next-${i}`) }));
  const notDiagnosis = tList('screening.found.notDiagnosis');

  const spoken = [
    t('screening.found.title'),
    t('screening.found.intro'),
    t('screening.found.goodAt'),
    ...(good.length ? good.map((l) => l.text) : [t('screening.found.talkGoodAt')]),
    t('screening.found.hard'),
    ...(hard.length
      ? hard.slice(0, MOST * 2).map((l) => l.text)
      : [t('screening.found.nothingHard')]),
    t('screening.found.change'),
    ...(change.length ? change.map((l) => l.text) : [t('screening.found.changeNothing')]),
    t('screening.found.next'),
    ...next.map((l) => l.text),
    t('screening.found.notDiagnosisTitle'),
    ...notDiagnosis,
  ].join(' ');
  const back = () => ctx.setOverlay(null);

  return [
    h(
      'div',
      { class: 'attune-no-print' },
      h(BackLink, { text: t('screening.found.back'), onClick: back }),
    ),
    h(
      'div',
      { class: 'attune-found', 'data-testid': 'found' },
      h('h1', { class: 'govuk-heading-xl' }, t('screening.found.title')),
      h('p', { class: 'govuk-body-l' }, t('screening.found.intro')),
      canSpeak()
        ? h('div', { class: 'attune-toolbar attune-no-print' }, h(ReadAloud, { text: spoken }))
        : null,
      h(
        Section,
        { title: t('screening.found.goodAt') },
        good.length
          ? h(List, { lines: good.slice(0, MOST), testid: 'found-good' })
          : h('p', { class: 'govuk-body-l' }, t('screening.found.talkGoodAt')),
      ),
      h(
        Section,
        { title: t('screening.found.hard') },
        hard.length
          ? [
              h('p', { class: 'govuk-body-l' }, t('screening.found.hardIntro')),
              h(List, { lines: hard.slice(0, MOST * 2), testid: 'found-hard' }),
            ]
          : h('p', { class: 'govuk-body-l' }, t('screening.found.nothingHard')),
      ),
      h(
        Section,
        { title: t('screening.found.change') },
        change.length
          ? [
              h(
                'p',
                { class: 'govuk-body-l' },
                t(ctx.plan ? 'screening.found.changeAgreed' : 'screening.found.changeSuggested'),
              ),
              h(List, { lines: change, testid: 'found-change' }),
            ]
          : h('p', { class: 'govuk-body-l' }, t('screening.found.changeNothing')),
      ),
      h(
        Section,
        { title: t('screening.found.next') },
        h(List, { lines: next, testid: 'found-next' }),
      ),
      h(
        'div',
        { class: 'attune-not-diagnosis', 'data-testid': 'not-diagnosis' },
        h('h2', { class: 'govuk-heading-m' }, t('screening.found.notDiagnosisTitle')),
        h(
          'ul',
          { class: 'govuk-list govuk-!-margin-bottom-0' },
          notDiagnosis.map((s) => h('li', { key: s, class: 'govuk-body-l' }, s)),
        ),
      ),
    ),
    h(
      ButtonGroup,
      { classes: 'attune-no-print' },
      h(Button, {
        text: t('screening.found.print'),
        onClick: () => window.print(),
        attributes: { 'data-testid': 'print-found' },
      }),
      h(Button, {
        text: t('screening.found.back'),
        classes: 'govuk-button--secondary',
        onClick: back,
      }),
    ),
  ];
}
