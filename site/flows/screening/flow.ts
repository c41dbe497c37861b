import { h, useEffect, useState } from '../../ui/h';
import { setCatalogue, t } from '../../ui/messages';
import { Runner } from '../../ui/runner';
import { read } from '../../scripts/storage';
import { caseHere } from '../../scripts/cases/here';
import { IntroView } from './intro';
import type { ScreeningProps } from './types';

type Run = typeof import('./run');
const loadRun = (): Promise<Run> => import('./run');

/**
 * The page's screening, as it first loads: the intro alone. The intro needs no machine, so the
 * run (the SDK's screening machine, XState and every later step, in run.ts) loads only when the
 * person starts, or at once when a run saved on this device is to be offered. The page's own
 * script is then a fraction of the run's, and a visit that only reads the intro never loads it.
 */
export default function ScreeningFlow(props: ScreeningProps) {
  setCatalogue(props.messages);
  const [run, setRun] = useState<Run | null>(null);
  const [saving, setSaving] = useState(false);
  const [startedAt, setStartedAt] = useState<string | null>(null);
  const load = () => loadRun().then(setRun);

  useEffect(() => {
    // A run saved on this device, or under way in the case, is offered as soon as the page opens.
    if (read(props.store.run) !== null || caseHere()?.draft(props.store.run)) void load();
  }, []);

  if (run) return h(run.RunFlow, { ...props, saving, startedAt });
  return h(Runner, {
    step: {
      id: 'intro',
      title: t('run.intro.title'),
      view: h(IntroView, {
        ctx: {
          ...props,
          easyRead: false,
          saving,
          setSaving,
          start: () => {
            setStartedAt(new Date().toISOString());
            void load();
          },
        },
        offer: null,
      }),
    },
  });
}
