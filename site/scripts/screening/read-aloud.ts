import { h } from './dom';
import { canSpeak, speak, stopSpeaking } from './speech';

/**
 * The Read aloud control: a button that becomes "Stop reading" while speaking, a status line
 * that says "Reading aloud…" to screen readers and sighted users, and a plain message when the
 * device has no voice to read with.
 */
export function readAloud(text: () => string): HTMLElement | null {
  if (!canSpeak()) return null;
  const status = h('span', {
    class: 'govuk-body-s attune-read-aloud-status',
    role: 'status',
    'data-testid': 'read-aloud-status',
  });
  const control: HTMLElement = h(
    'button',
    {
      type: 'button',
      class: 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0',
      'data-testid': 'read-aloud',
      'aria-pressed': 'false',
      onclick: () => {
        if (control.getAttribute('aria-pressed') === 'true') return stopSpeaking();
        let started = false;
        const noVoice = () => {
          stopSpeaking();
          status.textContent =
            'This device has no voice to read aloud with. Read the question out yourself.';
        };
        // Some browsers offer speech but have no voice installed: speech then never starts.
        const timer = window.setTimeout(() => started || noVoice(), 2000);
        speak(text(), (speaking, failed) => {
          started ||= speaking;
          if (failed && !started) {
            window.clearTimeout(timer);
            return noVoice();
          }
          control.setAttribute('aria-pressed', String(speaking));
          control.textContent = speaking ? 'Stop reading' : 'Read aloud';
          status.textContent = speaking ? 'Reading aloud…' : '';
        });
      },
    },
    'Read aloud',
  );
  return h('span', { class: 'attune-read-aloud' }, control, ' ', status);
}
