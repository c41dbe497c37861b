import { Button } from '../../ui/components/button';
import { Checkboxes } from '../../ui/components/checkboxes';
import { h, useEffect, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { canSpeak, speak, stopSpeaking } from '../../ui/speech';
import type { Ctx } from './types';

/**
 * Read aloud: the button becomes "Stop reading" while speaking, a status line says "Reading
 * aloud…", and when the device has no voice it says so rather than staying silent.
 */
export function ReadAloud({ text }: { text: string }) {
  const [speaking, setSpeaking] = useState(false);
  const [status, setStatus] = useState('');
  // A new step (new words) stops what was being read; the flow cancels speech itself.
  useEffect(() => () => setSpeaking(false), [text]);
  const read = () => {
    if (speaking) return stopSpeaking();
    let started = false;
    const noVoice = () => {
      stopSpeaking();
      setSpeaking(false);
      setStatus(t('run.question.noVoice'));
    };
    // Some browsers offer speech but have no voice installed: speech then never starts.
    const timer = window.setTimeout(() => started || noVoice(), 2000);
    speak(text, (on, failed) => {
      started ||= on;
      if (failed && !started) {
        window.clearTimeout(timer);
        return noVoice();
      }
      setSpeaking(on);
      setStatus(on ? t('run.question.reading') : '');
    });
  };
  return h(
    'span',
    { class: 'attune-read-aloud' },
    h(Button, {
      text: speaking ? t('run.question.readAloudStop') : t('run.question.readAloud'),
      classes: 'govuk-button--secondary govuk-!-margin-bottom-0',
      onClick: read,
      attributes: { 'data-testid': 'read-aloud', 'aria-pressed': String(speaking) },
    }),
    ' ',
    h(
      'span',
      {
        class: 'govuk-body-s attune-read-aloud-status',
        role: 'status',
        'data-testid': 'read-aloud-status',
      },
      status,
    ),
  );
}

/** Easy Read and Read aloud, above the consent question and every question. */
export function Toolbar({ ctx, spoken }: { ctx: Ctx; spoken: string }) {
  const { page } = ctx;
  return h(
    'div',
    { class: 'attune-toolbar attune-no-print' },
    h(Checkboxes, {
      idPrefix: 'easy-read',
      name: 'easy-read',
      classes: 'govuk-checkboxes--small',
      formGroup: { classes: 'govuk-!-margin-bottom-0' },
      items: [{ value: 'yes', text: t('run.question.easyRead'), checked: page.easyRead }],
      onChange: (_v, checked) => ctx.setPage({ ...page, easyRead: checked }),
    }),
    canSpeak() ? h(ReadAloud, { text: spoken }) : null,
  );
}
