import { keys, read, remove, write } from './storage';

type Preferences = Record<string, string>;
const DEFAULTS: Preferences = { 'text-size': 'normal', spacing: 'normal', tint: 'none', font: 'default', motion: 'normal' };

function load(): Preferences {
  try {
    return { ...DEFAULTS, ...(JSON.parse(read(keys.preferences) ?? '{}') as Preferences) };
  } catch {
    return { ...DEFAULTS };
  }
}

/** Sets data-* attributes on <html>; the same rule runs early in /prefs-boot.js to avoid a flash. */
export function apply(prefs: Preferences): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(prefs)) {
    if (value === DEFAULTS[name]) delete root.dataset[camel(name)];
    else root.dataset[camel(name)] = value;
  }
}
const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function bindPreferencesForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-attune-prefs-form]');
  if (!form) return;
  const prefs = load();
  for (const [name, value] of Object.entries(prefs)) {
    const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
    if (input) input.checked = true;
  }
  form.addEventListener('change', () => {
    const next: Preferences = { ...DEFAULTS };
    for (const [name, value] of new FormData(form).entries()) next[name] = String(value);
    apply(next);
    const changed = Object.fromEntries(Object.entries(next).filter(([k, v]) => DEFAULTS[k] !== v));
    if (Object.keys(changed).length) write(keys.preferences, JSON.stringify(changed));
    else remove(keys.preferences);
  });
  document.querySelector('[data-attune-prefs-reset]')?.addEventListener('click', () => {
    remove(keys.preferences);
    apply(DEFAULTS);
    for (const [name, value] of Object.entries(DEFAULTS)) {
      const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
      if (input) input.checked = true;
    }
  });
}
