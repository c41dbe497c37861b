import { ConsentToShareSchema, referralFile, restoreReferral } from '@attune/sdk/follow-up';
import { Button } from '../../ui/components/button';
import { FileUpload } from '../../ui/components/file-upload';
import { downloadJson } from '../../ui/download';
import { h } from '../../ui/h';
import { t } from '../../ui/messages';
import type { ReferralCtx } from './types';

/** A referral file's parts, or nothing when it is not JSON (refused then as any other file). */
const parse = (text: string): { referral?: unknown; consent?: unknown } | null => {
  try {
    return JSON.parse(text) as { referral?: unknown; consent?: unknown } | null;
  } catch {
    return null;
  }
};

/**
 * Keeping the referral: one file holding the referral, the consent and, in words, what the
 * person agreed to share with whom; and carrying on from such a file, replayed through the
 * machine so a forged or out-of-order record is refused.
 */
export function KeepView({ ctx }: { ctx: ReferralCtx }) {
  const fail = (message: string) => ctx.fail([{ code: 'file', message, field: 'referral-file' }]);
  const open = async (file: File) => {
    const saved = parse(await file.text());
    const restored = restoreReferral(saved?.referral, ctx.day);
    if (!restored.ok) return fail(restored.error);
    const consent = ConsentToShareSchema.safeParse(saved?.consent);
    if (!consent.success) {
      restored.actor.stop();
      return fail(t('referral.keep.badConsent'));
    }
    ctx.restore(restored.actor, consent.data);
    ctx.done(t('referral.keep.opened'), 'status-heading');
  };
  const error = ctx.errorFor('referral-file');
  return h(
    'section',
    { 'aria-labelledby': 'save-heading' },
    h('h2', { class: 'govuk-heading-l', id: 'save-heading' }, t('referral.keep.heading')),
    h('p', { class: 'govuk-body' }, t('referral.keep.intro')),
    h(Button, {
      text: t('referral.keep.download'),
      classes: 'govuk-button--secondary',
      attributes: { 'data-testid': 'download-referral' },
      onClick: () =>
        downloadJson(
          referralFile(ctx.snapshot.context.record, ctx.consent, ctx.day),
          `referral-${ctx.day}.json`,
        ),
    }),
    h(FileUpload, {
      id: 'referral-file',
      name: 'referral-file',
      accept: '.json,application/json',
      label: { text: t('referral.keep.file'), classes: 'govuk-label--s' },
      errorMessage: error ? { text: error.message } : null,
      onFile: (file) => void open(file),
    }),
  );
}
