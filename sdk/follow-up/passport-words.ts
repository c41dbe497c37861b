/**
 * The first-person, Easy Read lines a passport suggests. They are starting points, read out and
 * changed with the person: the passport is theirs, and a custody sergeant or an employer reads it
 * as the person speaking ("I…", "Please…"), never as the service ("We will…").
 */

/** What is hard for me, one line per need area of the needs screening. */
export const HARD_FOR_ME: Record<string, string> = {
  'reading-writing': 'Reading and writing can be hard for me. Forms and letters are the hardest.',
  'numbers-time-money': 'Numbers, times and money can be hard for me.',
  'understanding-processing':
    'I need more time to take in what people say. I may say yes when I have not understood.',
  expressing: 'Finding the right words can be hard for me, most of all when I am under pressure.',
  'memory-organisation': 'I forget things, like appointments and what we agreed.',
  'attention-impulsivity': 'I find it hard to sit still and keep my mind on one thing.',
  'social-understanding': 'I can miss hints and unwritten rules. I take words as they are said.',
  sensory: 'Noise, bright lights, touch or smells can be too much for me.',
  'coordination-wayfinding': 'Handwriting and finding my way to new places can be hard for me.',
  'emotions-overload': 'I can get overwhelmed, and then it is hard for me to calm down.',
  'everyday-living-learning': 'Learning new things and doing everyday tasks can take me longer.',
  'head-injury-fatigue': 'I had a head injury. I get tired and my memory can let me down.',
};

/** Which part of the passport an adjustment's line belongs in. */
export type PassportPart = 'helps' | 'explain' | 'overwhelmed';

/**
 * One line per catalogue adjustment the person can ask for themselves, in the part it belongs
 * in. Adjustments only a service can do (referrals, sharing a plan) have no line: they do not
 * belong in a card the person shows.
 */
export const HELPS_ME: Record<string, { part: PassportPart; line: string }> = {
  'plain-english-letters': {
    part: 'explain',
    line: 'Please write to me in short, everyday words.',
  },
  'easy-read-documents': { part: 'explain', line: 'Easy Read papers with pictures help me.' },
  'read-documents-aloud': {
    part: 'explain',
    line: 'Please read papers out to me before I sign anything.',
  },
  'help-with-forms': { part: 'helps', line: 'Please help me fill in forms. I can say my answers.' },
  'preferred-paper-and-font': {
    part: 'helps',
    line: 'I read best with bigger writing and the paper I like.',
  },
  'information-by-voice': {
    part: 'explain',
    line: 'Tell me important things by phone or voice note too.',
  },
  'money-and-budget-support': { part: 'helps', line: 'Help with money and bills helps me.' },
  'clear-times-and-dates': {
    part: 'explain',
    line: 'Please tell me the day, date and time in full.',
  },
  'extra-time-to-answer': { part: 'explain', line: 'Give me time to answer. Please wait for me.' },
  'check-understanding': {
    part: 'explain',
    line: 'Ask me to say back what I need to do, in my own words.',
  },
  'one-question-at-a-time': { part: 'explain', line: 'Ask me one short question at a time.' },
  'explain-licence-conditions': {
    part: 'explain',
    line: 'Please explain my licence conditions in plain words.',
  },
  'explain-breach-and-recall': {
    part: 'explain',
    line: 'Please tell me clearly what happens if something goes wrong.',
  },
  'visual-aids-in-conversation': {
    part: 'explain',
    line: 'Drawings, maps and calendars help me understand.',
  },
  'choice-of-contact-method': { part: 'helps', line: 'Ask me how I want to be contacted.' },
  'questions-in-advance': {
    part: 'explain',
    line: 'Before we meet, tell me what you want to talk about.',
  },
  'supporter-or-advocate': {
    part: 'helps',
    line: 'I would like someone I trust with me at meetings.',
  },
  'communication-profile': { part: 'explain', line: 'This page tells you how to talk with me.' },
  'interpreter-and-first-language': {
    part: 'explain',
    line: 'I need an interpreter for important things.',
  },
  'court-intermediary': { part: 'helps', line: 'I may need an intermediary to help me in court.' },
  'court-breaks-and-familiarisation': {
    part: 'helps',
    line: 'Breaks and a quiet place to wait help me in court.',
  },
  'appropriate-adult': {
    part: 'helps',
    line: 'If I am held by the police, I may need an appropriate adult.',
  },
  'custody-interview-adjustments': {
    part: 'explain',
    line: 'In an interview, explain my rights in small parts and let me take breaks.',
  },
  'text-reminders': { part: 'helps', line: 'A text the day before helps me remember.' },
  'appointment-cards-with-landmarks': {
    part: 'helps',
    line: 'A card with the time, address and a photo of the building helps me.',
  },
  'visual-timetable': { part: 'helps', line: 'A weekly timetable with pictures helps me.' },
  'written-summary-of-agreements': {
    part: 'explain',
    line: 'At the end, please write down what we agreed. I keep a copy.',
  },
  'same-practitioner': { part: 'helps', line: 'Seeing the same worker each time helps me.' },
  'shorter-sessions-with-breaks': { part: 'helps', line: 'Short meetings with a break help me.' },
  'fatigue-aware-scheduling': {
    part: 'helps',
    line: 'I am at my best at the same time of day. One appointment a day is enough.',
  },
  'regular-appointment-slot': { part: 'helps', line: 'The same day and time each week helps me.' },
  'movement-breaks': {
    part: 'helps',
    line: 'I may need to stand up or move about. I am still listening.',
  },
  'small-steps': { part: 'helps', line: 'Break big jobs into small steps for me.' },
  'checklists-and-prompts': { part: 'helps', line: 'Short checklists help me remember.' },
  'phone-calendar-setup': { part: 'helps', line: 'Alarms on my phone help me remember.' },
  'key-information-card': {
    part: 'helps',
    line: 'I carry this card so I do not have to explain every time.',
  },
  'three-key-points': {
    part: 'explain',
    line: 'Tell me no more than three important things at a time.',
  },
  'accompanied-first-visits': {
    part: 'helps',
    line: 'Going with someone the first time I go to a new place helps me.',
  },
  'quiet-room': { part: 'overwhelmed', line: 'A quiet room helps me stay calm.' },
  'lighting-and-noise': { part: 'helps', line: 'Less noise and softer light help me.' },
  'sensory-tools-allowed': {
    part: 'overwhelmed',
    line: 'Let me use my ear defenders, glasses or fidget item.',
  },
  'waiting-room-alternatives': {
    part: 'overwhelmed',
    line: 'Let me wait somewhere quiet or outside. Call or text me when it is time.',
  },
  'explain-what-will-happen': {
    part: 'explain',
    line: 'Tell me who will be there, what will happen and how long it takes.',
  },
  'warning-of-changes': { part: 'helps', line: 'Tell me early if anything changes, and why.' },
  'clear-group-rules': { part: 'explain', line: 'Tell me the rules clearly, in plain words.' },
  'seating-choice': { part: 'helps', line: 'Let me choose where I sit.' },
  'literal-language': {
    part: 'explain',
    line: 'Say exactly what you mean. I take words as they are said.',
  },
  'direct-kind-feedback': {
    part: 'explain',
    line: 'Tell me clearly and kindly what I need to change.',
  },
  'route-planning-help': { part: 'helps', line: 'Help me plan how to get to new places.' },
  'typing-instead-of-handwriting': {
    part: 'helps',
    line: 'Let me type or say my answers instead of writing.',
  },
  'adapted-practical-tasks': {
    part: 'helps',
    line: 'Show me how to do a task, then let me practise.',
  },
  'overload-plan': { part: 'overwhelmed', line: 'When I give my signal, I need a break.' },
  'low-arousal-approach': {
    part: 'overwhelmed',
    line: 'If I am upset: speak calmly, use fewer words, give me space and time.',
  },
  'offering-choices': { part: 'helps', line: 'Small choices about how things happen help me.' },
  'hostel-rules-explained': {
    part: 'explain',
    line: 'Please go through the house rules with me one at a time.',
  },
};

/** Catalogue adjustments that only a service carries out, so they never appear on a passport. */
export const SERVICE_ONLY = [
  'missed-appointment-follow-up',
  'everyday-living-support',
  'learning-support-in-training',
  'brain-injury-referral',
  'release-day-plan',
  'liaison-and-diversion-referral',
  'plan-shared-at-transitions',
  'group-work-alternatives',
  'meeting-at-familiar-place',
  'home-visit-agreement',
  'housing-sensory-needs',
  'workplace-adjustments',
] as const;
