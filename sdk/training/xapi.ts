import { isIsoDateTime } from '../common/iso-date-time.js';
import type { TrainingContext } from './machine.js';
import type { TrainingModule } from './schema.js';

/** The learner as xAPI identifies them: an account on the organisation's system, never an email. */
export interface XapiActor {
  objectType: 'Agent';
  name?: string;
  account: { homePage: string; name: string };
}

/** One xAPI statement, ready to send to a Learning Record Store. */
export interface XapiStatement {
  id: string;
  actor: XapiActor;
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { name: Record<string, string>; type: string };
  };
  result?: {
    success?: boolean;
    completion?: boolean;
    response?: string;
    score?: { scaled: number; raw: number; min: number; max: number };
  };
  timestamp?: string;
}

const ADL = 'http://adlnet.gov/expapi/verbs/';
const verb = (name: 'experienced' | 'answered' | 'passed' | 'failed' | 'completed') => ({
  id: `${ADL}${name}`,
  display: { 'en-GB': name },
});
const TYPES = {
  module: 'http://adlnet.gov/expapi/activities/module',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
};

/** A UUID made from the statement's content, so the same progress always gives the same ids (an LRS then ignores repeats). */
function uuidFrom(text: string): string {
  const words: number[] = [];
  for (let round = 0; round < 4; round++) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    words.push(hash >>> 0);
  }
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  // Version 8 (custom) and the RFC 9562 variant bits.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * xAPI statements for a learner's progress through a module: `experienced` for each lesson read,
 * `answered` for each knowledge-check answer, `passed` or `failed` for each finished attempt and
 * `completed` when the module is done. `activityBase` is the absolute IRI the organisation uses
 * for Attune activities.
 */
export function xapiStatements(
  module: TrainingModule,
  progress: TrainingContext,
  actor: XapiActor,
  activityBase: string,
): XapiStatement[] {
  const base = activityBase.replace(/\/$/, '');
  const moduleObject = {
    objectType: 'Activity' as const,
    id: `${base}/training/${module.id}`,
    definition: { name: { 'en-GB': module.title }, type: TYPES.module },
  };
  const statements: XapiStatement[] = [];
  const push = (
    s: Omit<XapiStatement, 'id' | 'actor' | 'timestamp'> & { timestamp: string | null },
  ) => {
    const { timestamp, ...rest } = s;
    const statement: XapiStatement = {
      id: '',
      actor,
      ...rest,
      // A time a host sent that is not a real ISO 8601 date-time is left out, never passed on.
      ...(isIsoDateTime(timestamp) ? { timestamp } : {}),
    };
    statement.id = uuidFrom(
      JSON.stringify([actor.account, rest, timestamp ?? null, statements.length]),
    );
    statements.push(statement);
  };
  for (const r of progress.read) {
    const lesson = module.lessons.find((l) => l.id === r.lessonId);
    if (!lesson) continue;
    push({
      verb: verb('experienced'),
      object: {
        objectType: 'Activity',
        id: `${moduleObject.id}/${lesson.id}`,
        definition: { name: { 'en-GB': lesson.title }, type: TYPES.lesson },
      },
      timestamp: r.at,
    });
  }
  for (const attempt of progress.attempts) {
    for (const a of attempt.answers) {
      const question = module.questions.find((q) => q.id === a.questionId)!;
      push({
        verb: verb('answered'),
        object: {
          objectType: 'Activity',
          id: `${moduleObject.id}/check/${question.id}`,
          definition: { name: { 'en-GB': question.text }, type: TYPES.question },
        },
        result: { success: a.correct, response: a.optionId },
        timestamp: a.at,
      });
    }
    if (attempt.score !== null && attempt.passed !== null) {
      const max = module.questions.length;
      push({
        verb: verb(attempt.passed ? 'passed' : 'failed'),
        object: moduleObject,
        result: {
          success: attempt.passed,
          completion: true,
          score: { scaled: attempt.score, raw: Math.round(attempt.score * max), min: 0, max },
        },
        timestamp: attempt.finishedAt,
      });
    }
  }
  if (progress.completedAt !== null || progress.confidenceAfter !== null)
    push({
      verb: verb('completed'),
      object: moduleObject,
      result: { completion: true },
      timestamp: progress.completedAt,
    });
  return statements;
}
