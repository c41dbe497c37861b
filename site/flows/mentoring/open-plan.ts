import { FileUpload } from '../../ui/components/file-upload';
import { h, useEffect, useState } from '../../ui/h';
import { t } from '../../ui/messages';
import { announce } from '../../ui/runner';

/**
 * "Carry on with an action plan": how a mentor brings back a plan downloaded at an earlier
 * meeting or on another device. The file is read here; `open` says what is wrong with it, or
 * takes the page over with the plan.
 */
export function PlanOpener({ open }: { open: (text: string) => Promise<string | null> }) {
  const [problem, setProblem] = useState<string | null>(null);
  // Drawn at build time, the box is off until the page's script has taken it over: a file chosen
  // before then would be lost without a word.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return [
    h('h2', { class: 'govuk-heading-m govuk-!-margin-top-6' }, t('mentoring.open.title')),
    h(FileUpload, {
      id: 'plan-open',
      name: 'plan-open',
      label: { text: t('mentoring.open.label') },
      hint: { text: t('mentoring.open.hint') },
      errorMessage: problem ? { text: problem } : null,
      accept: '.json,application/json',
      attributes: ready ? undefined : { disabled: true },
      onFile: (file) =>
        void file
          .text()
          .then(open)
          .then((wrong) => {
            setProblem(wrong);
            if (wrong) announce(wrong);
          }),
    }),
  ];
}
