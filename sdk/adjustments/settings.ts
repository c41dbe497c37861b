/** Where an adjustment applies. The labels are written here once and imported everywhere. */
export const SETTINGS = [
  {
    id: 'supervision-appointment',
    label: 'Supervision appointments',
    description:
      'Meetings with a probation officer or IOM police officer, in an office or a reporting centre.',
  },
  {
    id: 'home-visit',
    label: 'Home visits',
    description:
      'Visits to where the person lives, including approved premises and supported housing.',
  },
  {
    id: 'group-work',
    label: 'Group work',
    description:
      'Accredited programmes, structured interventions and other sessions run with several people at once.',
  },
  {
    id: 'court',
    label: 'Court',
    description: 'Hearings, trials and sentencing, and preparing the person for them.',
  },
  {
    id: 'police-custody-interview',
    label: 'Police custody and interview',
    description: 'Arrest, detention in a police station and police interviews.',
  },
  {
    id: 'accommodation',
    label: 'Accommodation',
    description:
      'Hostels, approved premises, supported and temporary housing, and keeping a tenancy.',
  },
  {
    id: 'education-training-employment',
    label: 'Education, training and employment',
    description: 'Courses, training, job search and work placements.',
  },
  {
    id: 'mentoring',
    label: 'Mentoring',
    description: 'Meetings with a mentor, often outside an office, about practical barriers.',
  },
  {
    id: 'release-from-prison',
    label: 'Release from prison',
    description: 'The days before and after release, the licence, and the first appointments.',
  },
] as const;

/** The id of one of the `SETTINGS`. */
export type SettingId = (typeof SETTINGS)[number]['id'];
/** The ids of the `SETTINGS`, in order, for schemas and menus. */
export const SETTING_IDS = SETTINGS.map((s) => s.id) as unknown as readonly [
  SettingId,
  ...SettingId[],
];
