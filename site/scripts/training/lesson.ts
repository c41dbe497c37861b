import { longDate } from '../dates';
import { loadProgress, saveModule } from './progress';

/** "Mark as read" on a lesson page: records when, on this device; the module page does the rest. */
export function bindLesson(box: HTMLElement): void {
  const { module, lesson, next } = box.dataset as { module: string; lesson: string; next: string };
  const button = box.querySelector<HTMLButtonElement>('button')!;
  const status = box.querySelector<HTMLElement>('[data-status]')!;
  const show = () => {
    const at = loadProgress()[module]?.read[lesson];
    status.textContent = at ? `You marked this lesson as read on ${longDate(at)}.` : '';
    button.textContent = at ? 'Continue' : 'Mark as read and continue';
  };
  show();
  box.hidden = false;
  button.addEventListener('click', () => {
    saveModule(module, (m) => ({
      ...m,
      read: { ...m.read, [lesson]: m.read[lesson] ?? new Date().toISOString() },
    }));
    location.href = next;
  });
}

/** Wide tables scroll on small screens; a tab stop and a name let keyboard users scroll them too. */
export function labelTables(root: ParentNode = document): void {
  root.querySelectorAll<HTMLTableElement>('.attune-prose table').forEach((table, i) => {
    table.tabIndex = 0;
    table.setAttribute('role', 'region');
    table.setAttribute('aria-label', `Table ${i + 1} (scrolls sideways on small screens)`);
  });
}
