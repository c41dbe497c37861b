import {
  draftPassport,
  PASSPORT_PARTS,
  PassportSchema,
  type PassportDraft,
  type PassportSources,
} from '@attune/sdk/follow-up';
import { keptAdjustmentPlan, parseAdjustmentPlan } from '../../scripts/adjustment-plan';
import type { CaseHere } from '../../scripts/cases/here';
import { Button } from '../../ui/components/button';
import { FileUpload } from '../../ui/components/file-upload';
import { h, useState } from '../../ui/h';
import { t, type MessageKey } from '../../ui/messages';
import type { PassportCtx } from './types';

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** New suggestions from the sources, keeping what the person already chose or wrote first. */
export function redraft(draft: PassportDraft, sources: PassportSources): PassportDraft {
  const fresh = draftPassport(sources);
  for (const p of PASSPORT_PARTS) {
    const kept = draft[p.id].filter((e) => e.include || e.from === 'own-words');
    fresh[p.id] = [...kept, ...fresh[p.id].filter((e) => !kept.some((k) => k.text === e.text))];
  }
  return fresh;
}

/** Where the suggestions come from: a screening, a plan, the case's records, or a passport made before. */
export function SourcesView({ ctx }: { ctx: PassportCtx }) {
  const { state, here } = ctx;
  // Read once: the plan the screening page kept on this device, if saving was on.
  const [kept] = useState(keptAdjustmentPlan);
  const message = (id: string) => {
    const e = ctx.errorFor(id);
    return e ? { text: e.message } : null;
  };
  // Files are read one after another as they come: each adds to the sources and the draft as
  // they are by then, so a screening read after a plan keeps the plan's suggestions.
  const suggest = (added: PassportSources, said: MessageKey) => {
    ctx.update((s) => {
      const sources = { ...s.sources, ...added };
      return { sources, draft: redraft(s.draft, sources) };
    });
    ctx.done(t(said), 'lines-heading');
  };
  const refuse = (field: string, said: MessageKey) =>
    ctx.fail([{ code: 'file', message: t(said), field }]);

  const onScreening = async (file: File) => {
    // The screening record's schema loads only when one is chosen: most passports start from the case or a plan.
    const { ScreeningRecordSchema } = await import('@attune/sdk/screening');
    const r = ScreeningRecordSchema.safeParse(parse(await file.text()));
    if (!r.success) return refuse('screening-file', 'passport.sources.notScreening');
    suggest({ screening: r.data }, 'passport.sources.fromScreening');
  };
  const onPlan = async (file: File) => {
    const plan = parseAdjustmentPlan(await file.text());
    if (!plan) return refuse('plan-file', 'passport.sources.notPlan');
    suggest({ plan }, 'passport.sources.fromPlan');
  };
  const onPassport = async (file: File) => {
    const p = PassportSchema.safeParse(parse(await file.text()));
    if (!p.success) return refuse('passport-file', 'passport.sources.notPassport');
    const draft = Object.fromEntries(
      PASSPORT_PARTS.map((part) => [
        part.id,
        (p.data.parts[part.id] ?? []).map((e) => ({ ...e, include: true })),
      ]),
    ) as PassportDraft;
    ctx.update({ draft, audiences: [...p.data.for] });
    ctx.done(t('passport.sources.passportOpen'), 'lines-heading');
  };
  const fromCase = async (inCase: CaseHere) => {
    const c = await inCase.read();
    const latest = (kind: string) => c.entries.filter((e) => e.kind === kind).at(-1);
    const screening = latest('screening');
    const plan = latest('adjustment-plan');
    const sources: PassportSources = {};
    if (screening?.kind === 'screening') sources.screening = screening.record;
    if (plan?.kind === 'adjustment-plan') sources.plan = plan.record;
    suggest(
      sources,
      screening || plan ? 'passport.sources.fromCase' : 'passport.sources.caseEmpty',
    );
  };
  const file = (
    id: string,
    label: MessageKey,
    hint: MessageKey,
    onFile: (file: File) => Promise<void>,
  ) =>
    h(FileUpload, {
      id,
      name: id,
      accept: '.json,application/json',
      label: { text: t(label), classes: 'govuk-label--s' },
      hint: { text: t(hint) },
      errorMessage: message(id),
      onFile: (f) => void onFile(f),
    });

  return h(
    'section',
    { 'aria-labelledby': 'sources-heading' },
    h('h2', { class: 'govuk-heading-m', id: 'sources-heading' }, t('passport.sources.heading')),
    h('p', { class: 'govuk-body' }, t('passport.sources.intro')),
    file(
      'screening-file',
      'passport.sources.screening',
      state.sources.screening ? 'passport.sources.screeningOpen' : 'passport.sources.fileHint',
      onScreening,
    ),
    here
      ? h(Button, {
          text: t('passport.sources.useCase', { reference: here.reference }),
          attributes: { 'data-testid': 'use-case-records' },
          onClick: () => void fromCase(here),
        })
      : null,
    kept && !state.sources.plan
      ? h(Button, {
          text: t('passport.sources.useKept'),
          classes: 'govuk-button--secondary',
          attributes: { 'data-testid': 'use-kept-plan' },
          onClick: () => suggest({ plan: kept }, 'passport.sources.fromPlan'),
        })
      : null,
    file(
      'plan-file',
      'passport.sources.plan',
      state.sources.plan ? 'passport.sources.planOpen' : 'passport.sources.fileHint',
      onPlan,
    ),
    file('passport-file', 'passport.sources.passport', 'passport.sources.fileHint', onPassport),
  );
}
