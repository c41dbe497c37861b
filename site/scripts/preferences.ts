import { keys, PREFERENCE_NAMES, read, remove, write } from './storage';

const DEFAULTS: Record<(typeof PREFERENCE_NAMES)[number], string> & Record<string, string> = {
  'text-size': 'normal',
  spacing: 'normal',
  tint: 'none',
  font: 'default',
  motion: 'normal',
};

/** Sets data-* attributes on <html> for choices that differ from the defaults; /prefs-boot.js does the same before paint. */
function apply(prefs: Record<string, string>): void {
  for (const name of PREFERENCE_NAMES) {
    const value = prefs[name];
    if (value && value !== DEFAULTS[name])
      document.documentElement.setAttribute(`data-${name}`, value);
    else document.documentElement.removeAttribute(`data-${name}`);
  }
}

export function bindPreferencesForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-attune-prefs-form]');
  if (!form) return;
  const show = (prefs: Record<string, string>) => {
    for (const name in DEFAULTS) {
      const input = form.querySelector<HTMLInputElement>(
        `[name="${name}"][value="${prefs[name] ?? DEFAULTS[name]}"]`,
      );
      if (input) input.checked = true;
    }
  };
  let saved: Record<string, string> = {};
  try {
    saved = JSON.parse(read(keys.preferences) ?? '{}');
  } catch {
    /* unreadable: use the defaults */
  }
  show(saved);
  form.addEventListener('change', () => {
    const chosen: Record<string, string> = {};
    for (const [name, value] of new FormData(form))
      if (DEFAULTS[name] !== value) chosen[name] = String(value);
    apply(chosen);
    if (Object.keys(chosen).length) write(keys.preferences, JSON.stringify(chosen));
    else remove(keys.preferences);
  });
  document.querySelector('[data-attune-prefs-reset]')?.addEventListener('click', () => {
    remove(keys.preferences);
    apply({});
    show({});
  });
}
