import { adjustmentById } from '../adjustments/catalogue.js';
import type { AdjustmentPlan } from '../adjustments/plan-record.js';
import { optionsFor } from '../questionnaire/options.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { shownItems } from '../questionnaire/visibility.js';
import type { ScreeningRecord } from '../screening/record-schema.js';
import { mayShareWith, sharingStatement, type ConsentToShare } from './consent.js';
import { recipientLabel } from './recipients.js';
import type { ReferralRecord } from './referral-record.js';
import type { ReviewRecord } from './review-record.js';

/** The sentence every letter carries, so no reader takes a screening for a diagnosis. */
export const NOT_DIAGNOSIS =
  'This is a needs screening, not a diagnosis. It shows where the person may need support and which adjustments may help. It cannot say whether they have any condition: only a qualified assessment can.';

/** What a referral letter is written from. Only `referral`, `screening`, `questionnaire` and `consent` are needed. */
export interface LetterInput {
  referral: ReferralRecord;
  screening: ScreeningRecord;
  questionnaire: Questionnaire;
  consent: ConsentToShare;
  /** The day the letter is made: consent is read as it stands on it. */
  today: string;
  /** Everyday examples the person gave, in their own words, typed with them. */
  examples?: string[];
  plan?: AdjustmentPlan;
  /** The latest review: what the person said helped comes from it when given. */
  review?: ReviewRecord;
  /** Include the screening's answers, question by question. Off unless chosen. */
  includeAnswers?: boolean;
}

/** A letter as sections of plain lines, for a page to print or copy as text. */
export interface ReferralLetter {
  to: string;
  title: string;
  sections: { heading: string; lines: string[] }[];
}

const LEVEL_WORDS = { some: 'some need', strong: 'a strong need' } as const;

/**
 * The referral letter the practitioner prints or copies: what the screening found in plain
 * words, the person's everyday examples in their words, what has helped, that screening is not
 * diagnosis, and what the person agreed to share with whom. Refused, with a reason, when the
 * person has not agreed (or no longer agrees) to share with the service the referral goes to.
 */
export function referralLetter(
  input: LetterInput,
): { ok: true; letter: ReferralLetter } | { ok: false; error: string } {
  const { referral, screening, questionnaire, consent, today } = input;
  const to =
    referral.to === 'other' && referral.otherService
      ? referral.otherService
      : recipientLabel(referral.to);
  if (!mayShareWith(consent, referral.to, today))
    return {
      ok: false,
      error: `The person has not agreed to share this with ${to}, or the agreement is withdrawn or past its review date. Record their consent first.`,
    };
  const labels = new Map(questionnaire.domains.map((d) => [d.id, d] as const));
  const found = screening.profile.domains.filter(
    (d): d is typeof d & { level: 'some' | 'strong' } => d.level === 'some' || d.level === 'strong',
  );
  const sections: ReferralLetter['sections'] = [
    {
      heading: 'What the screening found',
      lines: found.length
        ? found.map((d) => {
            const domain = labels.get(d.domain);
            return `${domain?.label ?? d.domain}: ${LEVEL_WORDS[d.level]}. ${domain?.description ?? ''}`.trim();
          })
        : ['The screening found no clear needs in the areas it asks about.'],
    },
  ];
  const examples = (input.examples ?? []).map((e) => e.trim()).filter(Boolean);
  if (examples.length)
    sections.push({
      heading: 'Everyday examples, in the person’s own words',
      lines: examples.map((e) => `“${e}”`),
    });
  const title = (a: { id: string } | { own: string }) =>
    'id' in a ? (adjustmentById(a.id)?.title ?? a.id) : a.own;
  const helped = input.review
    ? input.review.adjustments
        .filter((a) => a.helped === 'helped' || a.helped === 'helped-a-bit')
        .map(
          (a) =>
            `${title(a.adjustment)}${a.helped === 'helped-a-bit' ? ' (helped a bit)' : ''}${a.personWords ? `: “${a.personWords}”` : ''}`,
        )
    : [];
  const agreed = input.plan
    ? [
        ...input.plan.suggestions.filter((s) => s.decision === 'agreed').map((s) => title(s)),
        ...input.plan.own.map((o) => o.title),
      ]
    : [];
  if (helped.length)
    sections.push({ heading: 'What has helped, as the person told us', lines: helped });
  else if (agreed.length)
    sections.push({ heading: 'Adjustments agreed with the person', lines: agreed });
  if (input.includeAnswers) {
    const lines = shownItems(questionnaire, screening.answers).flatMap((item) => {
      const value = screening.answers[item.id];
      if (value === undefined) return [];
      if (value === null) return [`${item.text} — Prefer not to say`];
      const chosen = Array.isArray(value) ? value : [value];
      const words =
        item.kind === 'text'
          ? String(value)
          : optionsFor(item)
              .filter((o) => chosen.includes(o.value))
              .map((o) => o.label)
              .join(', ');
      return [`${item.text} — ${words}`];
    });
    sections.push({ heading: 'Answers to the screening, chosen to be included', lines });
  }
  sections.push({ heading: 'Screening is not diagnosis', lines: [NOT_DIAGNOSIS] });
  sections.push({
    heading: 'What the person agreed to share',
    lines: sharingStatement(consent, today),
  });
  return {
    ok: true,
    letter: { to, title: `Referral to ${to}`, sections },
  };
}

/** The letter as plain text, for copying into an email or a case system. */
export function letterText(letter: ReferralLetter): string {
  return [
    letter.title,
    `To: ${letter.to}`,
    ...letter.sections.flatMap((s) => ['', s.heading, ...s.lines]),
  ].join('\n');
}
