import type { AdjustmentPlan } from '@attune/sdk/adjustments';
import type { ScreeningRecord } from '@attune/sdk/screening';
import { h, useEffect, useRef } from '../../ui/h';
import type { CatalogueEntry } from './types';

/**
 * Agreeing a plan still draws itself (scripts/screening/agree.ts) until it moves onto the runner:
 * this hosts it in an element Preact leaves alone, and hands back the plan when it is done.
 */
export function AgreeHost({
  record,
  catalogue,
  done,
}: {
  record: ScreeningRecord;
  catalogue: CatalogueEntry[];
  done: (plan: AdjustmentPlan | null) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let stopped = false;
    let actor: { stop(): void } | null = null;
    void import('../../scripts/screening/agree').then(({ startAgreeing }) => {
      if (stopped) return;
      let last = '';
      actor = startAgreeing(
        record,
        catalogue,
        (nodes, title) => {
          const root = box.current!;
          document.title = `${title} – ${document.title.split(' – ').slice(1).join(' – ')}`;
          root.replaceChildren(...nodes);
          const target =
            root.querySelector<HTMLElement>('.govuk-error-summary') ??
            (title !== last ? root.querySelector<HTMLElement>('h1') : null);
          last = title;
          if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
          target?.focus();
        },
        done,
      );
    });
    return () => {
      stopped = true;
      actor?.stop();
    };
  }, [record]);
  return h('div', { ref: box });
}
