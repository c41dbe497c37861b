import type { ScreeningRecord } from '@attune/sdk/screening';
import { screeningRecordsCsv } from '@attune/sdk/interop';
import { YES_SAYING_NOTE } from '@attune/sdk/questionnaire';
import { Button, ButtonGroup } from '../../ui/components/button';
import { Details } from '../../ui/components/details';
import { downloadJson, downloadText } from '../../ui/download';
import { h } from '../../ui/h';
import { t, tList, plural } from '../../ui/messages';
import { AtAGlance } from './glance';
import { SafeguardingPanel } from './safeguarding';
import { EqualityOffer } from './equality';
import type { Ctx } from './types';
import { InsetText } from '../../ui/components/inset-text';

/** Shown on every screen that shows results. */
export const NotDiagnosis = () =>
  h(
    'div',
    { class: 'attune-not-diagnosis', 'data-testid': 'not-diagnosis' },
    h(
      'p',
      { class: 'govuk-body govuk-!-margin-bottom-0' },
      h('strong', {}, t('screening.outcome.notDiagnosisLead')),
      ' ',
      t('screening.outcome.notDiagnosis'),
    ),
  );

const diagnosisWishes = ['yes', 'not-sure', 'already-have', 'no'] as const;

/**
 * The outcome, short until opened: safeguarding first when there is any, then the picture and
 * the things to do now, the actions, and the detail by area, adjustments, referrals and next
 * steps each behind a disclosure. Nothing is left out: it is ordered so the page fits a glance.
 */
export function OutcomeView({ ctx, onAgree }: { ctx: Ctx; onAgree: () => void }) {
  const record = ctx.snapshot.context.record as ScreeningRecord;
  const { questionnaire: q } = ctx;
  const domain = (id: string) => q.domains.find((d) => d.id === id)!;
  const itemText = (id: string) => q.items.find((i) => i.id === id)?.text ?? id;
  const needs = record.profile.domains
    .filter((d) => d.level === 'strong' || d.level === 'some')
    .sort((a, b) => (a.level === b.level ? 0 : a.level === 'strong' ? -1 : 1));
  const none = record.profile.domains.filter((d) => d.level === 'none');
  const unknown = record.profile.domains.filter((d) => d.level === 'unknown');
  const adjustments = record.recommendedAdjustments
    .map((id) => ctx.catalogue.find((a) => a.id === id))
    .filter((a) => a !== undefined);
  const wish = diagnosisWishes.find((w) => w === record.diagnosis.wanted) ?? 'unanswered';
  const day = (record.completedAt ?? 'record').slice(0, 10);
  const actions = h(
    ButtonGroup,
    { classes: 'attune-no-print' },
    ctx.plan
      ? h(Button, {
          text: t('screening.outcome.printPlan'),
          onClick: () => ctx.setOverlay('plan'),
          attributes: { 'data-testid': 'open-plan' },
        })
      : h(Button, {
          text: t('screening.outcome.agreePlan'),
          onClick: onAgree,
          attributes: { 'data-testid': 'agree-plan' },
        }),
    h(Button, {
      text: t('screening.glance.openFound'),
      classes: 'govuk-button--secondary',
      onClick: () => ctx.setOverlay('found'),
      attributes: { 'data-testid': 'open-found' },
    }),
    h(Button, {
      text: t('screening.outcome.downloadJson'),
      classes: 'govuk-button--secondary',
      onClick: () => downloadJson(record, `attune-screening-${day}.json`),
      attributes: { 'data-testid': 'download' },
    }),
    h(Button, {
      text: t('screening.outcome.downloadCsv'),
      classes: 'govuk-button--secondary',
      onClick: () =>
        downloadText(screeningRecordsCsv([record], q), `attune-screening-${day}.csv`, 'text/csv'),
      attributes: { 'data-testid': 'download-csv' },
    }),
    h(Button, {
      text: t('screening.outcome.startNew'),
      classes: 'govuk-button--secondary',
      onClick: ctx.startAgain,
    }),
  );

  return [
    h('span', { class: 'govuk-caption-l' }, ctx.caption),
    h('h1', { class: 'govuk-heading-xl' }, t('screening.outcome.title')),
    h(NotDiagnosis, {}),
    h(SafeguardingPanel, { ctx }),

    h(AtAGlance, { ctx, record }),
    // A prompt for the practitioner to check with the person, never a reason to discount what
    // they said: no level is lowered.
    record.answerPattern?.agreeingWithEverything
      ? h(
          InsetText,
          { attributes: { 'data-testid': 'yes-saying' } },
          h('p', { class: 'govuk-body' }, YES_SAYING_NOTE),
          record.answerPattern.items.length
            ? h(
                'ul',
                { class: 'govuk-list govuk-list--bullet' },
                record.answerPattern.items.map((id) => h('li', { key: id }, itemText(id))),
              )
            : null,
        )
      : null,
    actions,
    h('h2', { class: 'govuk-heading-l' }, t('screening.glance.detail')),
    h(
      Details,
      {
        summaryText: t('screening.glance.needsDetail'),
        classes: 'attune-print-open',
        attributes: { 'data-testid': 'needs-detail' },
      },
      h('h3', { class: 'govuk-heading-m' }, t('screening.outcome.needs')),
      needs.length
        ? h(
            'div',
            { 'data-testid': 'needs' },
            needs.map((d) =>
              h(
                'div',
                { class: 'govuk-summary-card', key: d.domain },
                h(
                  'div',
                  { class: 'govuk-summary-card__title-wrapper' },
                  h(
                    'h4',
                    { class: 'govuk-summary-card__title' },
                    `${domain(d.domain).label}: ${t(`screening.levels.${d.level}`).toLowerCase()}`,
                  ),
                ),
                h(
                  'div',
                  { class: 'govuk-summary-card__content' },
                  h('p', { class: 'govuk-body' }, domain(d.domain).description),
                  d.items.length
                    ? [
                        h(
                          'p',
                          { class: 'govuk-body-s govuk-!-margin-bottom-1' },
                          t('screening.outcome.answersBehind'),
                        ),
                        h(
                          'ul',
                          { class: 'govuk-list govuk-list--bullet govuk-body-s' },
                          d.items.map((id) => h('li', { key: id }, itemText(id))),
                        ),
                      ]
                    : null,
                  d.confidence === 'reduced'
                    ? h(
                        'p',
                        { class: 'govuk-body-s' },
                        t('screening.outcome.skippedHere', {
                          count: plural(d.skipped, 'question was', 'questions were'),
                        }),
                      )
                    : null,
                ),
              ),
            ),
          )
        : h('p', { class: 'govuk-body' }, t('screening.outcome.noNeeds')),
      none.length
        ? h(
            'p',
            { class: 'govuk-body' },
            h('strong', {}, t('screening.outcome.noNeedIn')),
            none.map((d) => domain(d.domain).label).join('; '),
            '.',
          )
        : null,
      unknown.length
        ? h(
            'p',
            { class: 'govuk-body' },
            h('strong', {}, t('screening.outcome.unknownIn')),
            unknown.map((d) => domain(d.domain).label).join('; '),
            t('screening.outcome.unknownWhy'),
          )
        : null,
    ),

    h(
      Details,
      {
        summaryText: t('screening.glance.adjustmentsDetail', { count: adjustments.length }),
        classes: 'attune-print-open',
        attributes: { 'data-testid': 'adjustments-detail' },
      },
      h('h3', { class: 'govuk-heading-m' }, t('screening.outcome.adjustments')),
      adjustments.length
        ? h(
            'ul',
            { class: 'govuk-list', 'data-testid': 'adjustments' },
            adjustments.map((a) =>
              h(
                'li',
                { class: 'govuk-!-margin-bottom-4', key: a.id },
                h(
                  'a',
                  { class: 'govuk-link govuk-!-font-weight-bold', href: ctx.guidanceHref(a.id) },
                  a.title,
                ),
                h('br', {}),
                a.summary,
                h('br', {}),
                h(
                  'span',
                  { class: 'govuk-body-s' },
                  t('screening.outcome.because'),
                  a.domains
                    .filter((id) => needs.some((n) => n.domain === id))
                    .map((id) => domain(id).label)
                    .join(', '),
                ),
              ),
            ),
          )
        : h('p', { class: 'govuk-body' }, t('screening.outcome.noAdjustments')),
    ),

    h(
      Details,
      {
        summaryText: t('screening.glance.diagnosisDetail'),
        classes: 'attune-print-open',
        attributes: { 'data-testid': 'diagnosis-detail' },
      },
      h('h3', { class: 'govuk-heading-m' }, t('screening.outcome.diagnosis')),
      h(
        'div',
        { 'data-testid': 'diagnosis' },
        h('p', { class: 'govuk-body' }, t(`screening.outcome.diagnosisWish.${wish}`)),
      ),
      record.referrals.length
        ? h(
            'div',
            { 'data-testid': 'referrals' },
            record.referrals.map((r) =>
              h(
                'div',
                { key: r.title },
                h('h4', { class: 'govuk-heading-s' }, r.title),
                h('p', { class: 'govuk-body' }, r.advice),
              ),
            ),
          )
        : null,
    ),

    h(
      Details,
      {
        summaryText: t('screening.glance.stepsDetail'),
        classes: 'attune-print-open',
        attributes: { 'data-testid': 'steps-detail' },
      },
      h('h3', { class: 'govuk-heading-m' }, t('screening.outcome.nextSteps')),
      h(
        'ol',
        { class: 'govuk-list govuk-list--number' },
        record.flags.length ? h('li', {}, t('screening.outcome.actOnSafeguarding')) : null,
        tList('screening.outcome.steps').map((s) => h('li', { key: s }, s)),
      ),
    ),
    h(EqualityOffer, { ctx }),
  ];
}
