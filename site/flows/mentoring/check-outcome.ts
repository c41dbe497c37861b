import type { AdjustmentPlan } from '@attune/sdk/adjustments';
import {
  FIRST_CHANGE_ITEM,
  type MentoringPlanInput,
  type OwnAdjustment,
} from '@attune/sdk/mentoring';
import {
  alwaysSignposts,
  signpostsFor,
  type ShownStep,
} from '@attune/sdk/questionnaires/practical-support-signposting';
import type { ScreeningRecord } from '@attune/sdk/screening';
import { agreedIds, keptAdjustmentPlan, parseAdjustmentPlan } from '../../scripts/adjustment-plan';
import { longDate } from '../../scripts/dates';
import { Button, ButtonGroup } from '../../ui/components/button';
import { FileUpload } from '../../ui/components/file-upload';
import { SummaryList } from '../../ui/components/summary-list';
import { downloadJson } from '../../ui/download';
import { h, useMemo, useState } from '../../ui/h';
import { plural, t } from '../../ui/messages';
import { announce } from '../../ui/runner';
import { SafeguardingPanel } from '../screening/safeguarding';
import type { Ctx } from '../screening/types';
import { areaLabel } from './words';

/** What the person asked for in their own words, as the mentoring plan keeps it. */
const ownOf = (plan: AdjustmentPlan): OwnAdjustment[] =>
  plan.own.map((o) => ({ title: o.title, detail: o.detail ?? null }));

/**
 * The check's summary: not an assessment, safeguarding if an answer raised it, what the person
 * wants to sort first, barriers by area (biggest first); then the hand-over to the action plan.
 */
export function CheckOutcomeView({
  ctx,
  onAgree,
}: {
  ctx: Ctx;
  onAgree: (input: MentoringPlanInput, saving: boolean) => void;
}) {
  const record = ctx.snapshot.context.record as ScreeningRecord;
  const q = ctx.questionnaire;
  // Kept after a screening on this device, or opened from a file by a mentor on another device
  // (held in the page only, never written to the device).
  const kept = useMemo(() => keptAdjustmentPlan(), []);
  const [fromFile, setFromFile] = useState<{
    ids: string[];
    own: OwnAdjustment[];
    agreedAt: string | null;
  } | null>(null);
  const [fileWrong, setFileWrong] = useState(false);
  const domains = record.profile.domains;
  const barriers = domains
    .filter((d) => d.level === 'strong' || d.level === 'some')
    .sort((a, b) => (a.level === b.level ? 0 : a.level === 'strong' ? -1 : 1));
  const clear = domains.filter((d) => d.level === 'none');
  const unknown = domains.filter((d) => d.level === 'unknown');
  const first = record.answers[FIRST_CHANGE_ITEM];
  const firstLabel =
    typeof first === 'string'
      ? q.items.find((i) => i.id === FIRST_CHANGE_ITEM)?.options?.find((o) => o.value === first)
          ?.label
      : undefined;

  const readFile = (file: File) =>
    void file.text().then((text) => {
      const plan = parseAdjustmentPlan(text);
      setFileWrong(!plan);
      setFromFile(
        plan ? { ids: agreedIds(plan), own: ownOf(plan), agreedAt: plan.agreedAt } : null,
      );
      if (!plan) announce(t('mentoring.check.planFileWrong'));
    });
  const used = fromFile
    ? t('mentoring.check.planFileUsed', {
        agreed: fromFile.agreedAt
          ? t('mentoring.check.planFileAgreedOn', { date: longDate(fromFile.agreedAt) })
          : '',
        count: plural(fromFile.ids.length, 'adjustment'),
      })
    : '';

  return [
    h('span', { class: 'govuk-caption-l' }, ctx.caption),
    h('h1', { class: 'govuk-heading-xl' }, t('mentoring.check.outcomeTitle')),
    h(
      'div',
      { class: 'attune-not-diagnosis', 'data-testid': 'not-diagnosis' },
      h(
        'p',
        { class: 'govuk-body govuk-!-margin-bottom-0' },
        h('strong', {}, t('mentoring.check.notAssessmentLead')),
        ' ',
        t('mentoring.check.notAssessment'),
      ),
    ),
    h(SafeguardingPanel, { ctx }),
    h('h2', { class: 'govuk-heading-l' }, t('mentoring.check.firstChoice')),
    h(
      'p',
      { class: 'govuk-body-l', 'data-testid': 'first-choice' },
      firstLabel ?? t('mentoring.check.noFirstChoice'),
    ),
    h('h2', { class: 'govuk-heading-l' }, t('mentoring.check.barriers')),
    barriers.length
      ? h(
          'div',
          { 'data-testid': 'barriers' },
          h(SummaryList, {
            rows: barriers.map((d) => ({
              key: { text: areaLabel(q, d.domain) },
              value: { text: t(`mentoring.check.levels.${d.level as 'strong' | 'some'}`) },
            })),
          }),
        )
      : h('p', { class: 'govuk-body' }, t('mentoring.check.noBarriers')),
    clear.length
      ? [
          h('h2', { class: 'govuk-heading-m' }, t('mentoring.check.clear')),
          h('p', { class: 'govuk-body' }, clear.map((d) => areaLabel(q, d.domain)).join(', '), '.'),
        ]
      : null,
    unknown.length
      ? [
          h('h2', { class: 'govuk-heading-m' }, t('mentoring.check.unknown')),
          h(
            'p',
            { class: 'govuk-body' },
            unknown.map((d) => areaLabel(q, d.domain)).join(', '),
            '.',
          ),
        ]
      : null,
    h(Signposts, { ctx, record }),
    h('h2', { class: 'govuk-heading-l' }, t('mentoring.check.next')),
    kept
      ? h('p', { class: 'govuk-body', 'data-testid': 'plan-source' }, t('mentoring.check.planKept'))
      : [
          h(FileUpload, {
            id: 'plan-file',
            name: 'plan-file',
            label: { text: t('mentoring.check.planFileLabel'), classes: 'govuk-label--s' },
            hint: { text: t('mentoring.check.planFileHint') },
            errorMessage: fileWrong ? { text: t('mentoring.check.planFileWrong') } : null,
            accept: '.json,application/json',
            onFile: readFile,
          }),
          h('p', { class: 'govuk-body', role: 'status', 'data-testid': 'plan-source' }, used),
        ],
    h(
      ButtonGroup,
      { classes: 'attune-no-print' },
      h(Button, {
        text: t('mentoring.check.agreePlan'),
        onClick: () =>
          onAgree(
            {
              check: record,
              agreedAdjustments: fromFile?.ids ?? (kept ? agreedIds(kept) : []),
              ownAdjustments: fromFile?.own ?? (kept ? ownOf(kept) : []),
            },
            ctx.saving,
          ),
        attributes: { 'data-testid': 'agree-plan' },
      }),
      h(Button, {
        text: t('mentoring.check.download'),
        classes: 'govuk-button--secondary',
        onClick: () =>
          downloadJson(
            record,
            `attune-check-${(record.completedAt ?? 'record').slice(0, 10)}.json`,
          ),
      }),
      h(Button, {
        text: t('mentoring.check.startNew'),
        classes: 'govuk-button--secondary',
        onClick: ctx.startAgain,
      }),
    ),
  ];
}

/**
 * Where to start in each area that is getting in the way, then the numbers to have on the day,
 * with the source behind each fact. In Easy Read a step shows its Easy Read line where it has one.
 */
function Signposts({ ctx, record }: { ctx: Ctx; record: ScreeningRecord }) {
  const areas = signpostsFor(record);
  const easy = ctx.page.easyRead;
  const steps = (next: ShownStep[]) =>
    h(
      'ul',
      { class: 'govuk-list govuk-list--bullet' },
      next.map((n, i) =>
        h(
          'li',
          { key: i },
          easy && n.easyRead ? n.easyRead : n.text,
          n.sources.length
            ? h(
                'span',
                { class: 'govuk-body-s govuk-!-display-block' },
                t('mentoring.check.sources'),
                ' ',
                n.sources.map((s, j) => [
                  j ? '; ' : '',
                  h('a', { class: 'govuk-link', href: s.url, key: s.id }, s.title),
                  ` (${s.publisher}${s.year ? `, ${s.year}` : ''})`,
                ]),
              )
            : null,
        ),
      ),
    );
  return h(
    'div',
    { 'data-testid': 'signposts' },
    areas.length
      ? [
          h('h2', { class: 'govuk-heading-l' }, t('mentoring.check.signposts')),
          h('p', { class: 'govuk-body' }, t('mentoring.check.signpostsIntro')),
          areas.map((a) =>
            h(
              'div',
              { key: a.area, 'data-area': a.area },
              h('h3', { class: 'govuk-heading-m' }, areaLabel(ctx.questionnaire, a.area)),
              steps(a.next),
            ),
          ),
        ]
      : null,
    h('h2', { class: 'govuk-heading-m' }, t('mentoring.check.onTheDay')),
    h('div', { 'data-area': 'always' }, steps(alwaysSignposts())),
  );
}
