/** Where an adjustment applies. The labels are written here once and imported everywhere. */
export const SETTINGS = [
  { id: 'supervision-appointment', label: 'Supervision appointments' },
  { id: 'home-visit', label: 'Home visits' },
  { id: 'group-work', label: 'Group work' },
  { id: 'court', label: 'Court' },
  { id: 'police-custody-interview', label: 'Police custody and interview' },
  { id: 'accommodation', label: 'Accommodation' },
  { id: 'education-training-employment', label: 'Education, training and employment' },
  { id: 'mentoring', label: 'Mentoring' },
  { id: 'release-from-prison', label: 'Release from prison' },
] as const;

export type SettingId = (typeof SETTINGS)[number]['id'];
export const SETTING_IDS = SETTINGS.map((s) => s.id) as unknown as readonly [SettingId, ...SettingId[]];
