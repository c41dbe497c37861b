import type { TrainingModule, TrainingPathway } from '@attune/sdk/training';
import { routes } from '../../routes';
import { longDate } from '../dates';
import { h } from '../element';
import { keys, read, write } from '../storage';
import { loadProgress } from './progress';
import { statusOf } from './status';

const date = (iso: string | null) => longDate(iso ?? new Date());

/** A printable certificate for one module (?module=id), a pathway (?pathway=id) or the whole course. */
export function bindCertificate(modules: TrainingModule[], pathways: TrainingPathway[] = []): void {
  const box = document.querySelector<HTMLElement>('[data-certificate]')!;
  const input = document.querySelector<HTMLInputElement>('#learner-name')!;
  // The page's own button (the shared component, drawn at build time), shown with a certificate.
  const print = document.querySelector<HTMLButtonElement>('[data-testid=print-certificate]')!;
  print.addEventListener('click', () => window.print());
  input.value = read(keys.learnerName) ?? '';
  const only = new URLSearchParams(location.search).get('module');
  const pathway = pathways.find(
    (p) => p.id === new URLSearchParams(location.search).get('pathway'),
  );
  const draw = () => {
    const progress = loadProgress();
    const name = input.value.trim();
    const chosen = only
      ? modules.filter((m) => m.id === only)
      : pathway
        ? modules.filter((m) => pathway.modules.includes(m.id))
        : modules;
    const states = chosen.map((m) => ({ m, s: statusOf(m, progress[m.id]) }));
    const missing = states.filter(({ s }) => !s.complete);
    if (missing.length) {
      const done = states.filter(({ s }) => s.complete);
      const nodes: (Node | null)[] = [
        h(
          'h2',
          { class: 'govuk-heading-m' },
          only
            ? 'This module is not complete yet'
            : pathway
              ? `The ${pathway.title.toLowerCase()} certificate needs each of its modules`
              : 'The course certificate needs every module',
        ),
        h(
          'p',
          { class: 'govuk-body' },
          only
            ? 'Finish the lessons, pass the knowledge check and rate your confidence to get this certificate.'
            : `Still to complete (${missing.length} of ${chosen.length}):`,
        ),
        only
          ? null
          : h(
              'ul',
              { class: 'govuk-list govuk-list--bullet' },
              missing.map(({ m }) =>
                h('li', {}, h('a', { class: 'govuk-link', href: routes.module(m.id) }, m.title)),
              ),
            ),
        done.length
          ? h(
              'p',
              { class: 'govuk-body' },
              'Certificates for single modules: ',
              ...done.flatMap(({ m }) => [
                h('a', { class: 'govuk-link', href: `?module=${m.id}` }, m.title),
                ' ',
              ]),
            )
          : null,
      ];
      box.replaceChildren(...nodes.filter((n): n is Node => n !== null));
      print.hidden = true;
      return;
    }
    const last =
      states
        .map(({ s }) => s.context!.completedAt)
        .filter(Boolean)
        .sort()
        .at(-1) ?? null;
    box.replaceChildren(
      h(
        'div',
        { class: 'attune-certificate', 'data-testid': 'certificate' },
        h('p', { class: 'govuk-body-l' }, 'Attune neurodiversity awareness training'),
        h('h2', { class: 'govuk-heading-xl' }, 'Certificate of completion'),
        h('p', { class: 'govuk-body-l' }, 'This is to certify that'),
        h(
          'p',
          { class: 'govuk-heading-l', 'data-testid': 'certificate-name' },
          name || '(type your name above)',
        ),
        h(
          'p',
          { class: 'govuk-body-l' },
          only
            ? 'completed the module'
            : pathway
              ? `completed the ${pathway.title.toLowerCase()} of ${chosen.length} modules`
              : `completed all ${modules.length} modules of the course`,
        ),
        only ? h('p', { class: 'govuk-heading-m' }, chosen[0]!.title) : null,
        pathway
          ? h(
              'ul',
              { class: 'govuk-list govuk-list--bullet' },
              chosen.map((m) => h('li', {}, m.title)),
            )
          : null,
        only
          ? h(
              'p',
              { class: 'govuk-body' },
              `Knowledge check passed with ${Math.round(Math.max(...states[0]!.s.context!.attempts.map((a) => a.score ?? 0)) * 100)}%.`,
            )
          : null,
        h('p', { class: 'govuk-body' }, `Completed on ${date(last)}.`),
      ),
    );
    print.hidden = false;
  };
  input.addEventListener('input', () => {
    write(keys.learnerName, input.value.trim());
    draw();
  });
  draw();
}
