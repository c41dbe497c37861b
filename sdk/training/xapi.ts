import { completionRecord } from './completion.js';
import type { Attempt, TrainingContext } from './machine.js';
import type { KnowledgeQuestion, TrainingModule } from './schema.js';
import { isIsoDateTime as isIsoTime } from '../common/iso-date-time.js';
import { isUuid } from './validate.js';

/**
 * The learner as xAPI identifies them: a pseudonymous account (a random id kept on the device,
 * on a homePage the service configures). Never an email and never the name on a certificate.
 */
export interface XapiActor {
  objectType: 'Agent';
  account: { homePage: string; name: string };
}

type LanguageMap = Record<string, string>;
interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition: {
    name: LanguageMap;
    type: string;
    interactionType?: 'choice';
    choices?: { id: string; description: LanguageMap }[];
    correctResponsesPattern?: string[];
  };
}

/** One xAPI statement, ready to send to a Learning Record Store. */
export interface XapiStatement {
  id: string;
  actor: XapiActor;
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: {
    success?: boolean;
    completion?: boolean;
    response?: string;
    score?: { scaled: number; raw: number; min: number; max: number };
    extensions?: Record<string, unknown>;
  };
  context: {
    registration: string;
    contextActivities: { parent: XapiActivity[]; grouping: XapiActivity[] };
    extensions?: Record<string, unknown>;
  };
  timestamp?: string;
}

/** Why statements could not be made: the field at fault and what is wrong with it. */
export class XapiError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'XapiError';
  }
}

const ADL = 'http://adlnet.gov/expapi/verbs/';
const verb = (name: 'experienced' | 'answered' | 'passed' | 'failed' | 'completed') => ({
  id: `${ADL}${name}`,
  display: { 'en-GB': name },
});
const TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  module: 'http://adlnet.gov/expapi/activities/module',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
};
const HTTP_URL = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;
/** The path, under the organisation's activity base, of the extensions Attune adds. */
export const XAPI_EXTENSION_PATH = '/xapi/extensions/';

/**
 * A version 4 UUID for a statement, derived from the run's random registration and the
 * statement's place in it: unpredictable to anyone without the registration, yet the same on
 * every export, so a learning record store ignores a statement it already holds.
 */
function statementId(registration: string, key: string): string {
  const text = `${registration}|${key}`;
  const words: number[] = [];
  for (let round = 0; round < 4; round++) {
    let hash = 0x811c9dc5 ^ Math.imul(round + 1, 0x9e3779b1);
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash ^= hash >>> 15;
    hash = Math.imul(hash, 0x2c1b3c6d);
    hash ^= hash >>> 12;
    words.push(hash >>> 0);
  }
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function checkActor(actor: XapiActor): void {
  if (actor?.objectType !== 'Agent') throw new XapiError('actor.objectType', 'must be "Agent"');
  if (Object.keys(actor).some((k) => k !== 'objectType' && k !== 'account'))
    throw new XapiError('actor', 'identifies the learner by account only (no name, no email)');
  if (!HTTP_URL.test(String(actor.account?.homePage)))
    throw new XapiError('actor.account.homePage', 'must be an absolute http or https URL');
  if (typeof actor.account.name !== 'string' || !actor.account.name.trim())
    throw new XapiError('actor.account.name', 'must be a non-empty id');
}

function checkTimes(progress: TrainingContext): void {
  const times: [string, string | null][] = [
    ['startedAt', progress.startedAt],
    ['completedAt', progress.completedAt],
    ...progress.read.map((r, i): [string, string | null] => [`read[${i}].at`, r.at]),
  ];
  const attempts: [string, Attempt | null][] = [
    ['knowledgeBefore', progress.knowledgeBefore],
    ...progress.attempts.map((a, i): [string, Attempt] => [`attempts[${i}]`, a]),
  ];
  for (const [path, attempt] of attempts) {
    if (!attempt) continue;
    times.push([`${path}.finishedAt`, attempt.finishedAt]);
    attempt.answers.forEach((a, i) => times.push([`${path}.answers[${i}].at`, a.at]));
  }
  for (const [field, at] of times)
    if (at !== null && !isIsoTime(at))
      throw new XapiError(field, `"${String(at)}" is not an ISO 8601 date and time`);
}

/**
 * xAPI statements for a learner's run through a module: `experienced` for each lesson read,
 * `answered` for each answer (a `choice` interaction whose response is the chosen option's id),
 * `passed` or `failed` for each finished check and `completed` when the module is done, carrying
 * the completion record. Every statement names the run's registration, the module as parent and
 * the course as grouping. `activityBase` is the absolute IRI the organisation uses for Attune
 * activities. Throws `XapiError` on an invalid actor, time or missing registration.
 */
export function xapiStatements(
  module: TrainingModule,
  progress: TrainingContext,
  actor: XapiActor,
  activityBase: string,
): XapiStatement[] {
  checkActor(actor);
  checkTimes(progress);
  const registration = progress.registration;
  if (!isUuid(registration))
    throw new XapiError('registration', 'the run has no registration UUID (give one on START)');
  const base = activityBase.replace(/\/$/, '');
  if (!HTTP_URL.test(base))
    throw new XapiError('activityBase', 'must be an absolute http or https IRI');
  const course: XapiActivity = {
    objectType: 'Activity',
    id: `${base}/training`,
    definition: {
      name: { 'en-GB': 'Attune neurodiversity awareness training' },
      type: TYPES.course,
    },
  };
  const moduleActivity: XapiActivity = {
    objectType: 'Activity',
    id: `${base}/training/${module.id}`,
    definition: { name: { 'en-GB': module.title }, type: TYPES.module },
  };
  const questionActivity = (question: KnowledgeQuestion): XapiActivity => ({
    objectType: 'Activity',
    id: `${moduleActivity.id}/question/${question.id}`,
    definition: {
      name: { 'en-GB': question.text },
      type: TYPES.question,
      interactionType: 'choice',
      choices: question.options.map((o) => ({ id: o.id, description: { 'en-GB': o.text } })),
      correctResponsesPattern: [question.options.find((o) => o.correct)!.id],
    },
  });
  const statements: XapiStatement[] = [];
  const push = (
    key: string,
    s: Pick<XapiStatement, 'verb' | 'object' | 'result'> & { timestamp: string | null },
    // Statements about the module itself sit in the course; the rest sit in the module.
    parent: XapiActivity = s.object === moduleActivity ? course : moduleActivity,
    phase?: 'before' | 'check',
  ) => {
    const { timestamp, ...rest } = s;
    statements.push({
      id: statementId(registration, key),
      actor,
      ...rest,
      context: {
        registration,
        contextActivities: { parent: [parent], grouping: [course] },
        ...(phase ? { extensions: { [`${base}${XAPI_EXTENSION_PATH}phase`]: phase } } : {}),
      },
      ...(timestamp ? { timestamp } : {}),
    });
  };
  for (const r of progress.read) {
    const lesson = module.lessons.find((l) => l.id === r.lessonId);
    if (!lesson) continue;
    push(`read:${lesson.id}`, {
      verb: verb('experienced'),
      object: {
        objectType: 'Activity',
        id: `${moduleActivity.id}/${lesson.id}`,
        definition: { name: { 'en-GB': lesson.title }, type: TYPES.lesson },
      },
      timestamp: r.at,
    });
  }
  const answered = (attempt: Attempt, key: string, phase: 'before' | 'check') => {
    attempt.answers.forEach((a, i) => {
      const question = module.questions.find((q) => q.id === a.questionId);
      if (!question) throw new XapiError(`${key}.answers[${i}]`, 'names no question in the module');
      push(
        `${key}:${i}`,
        {
          verb: verb('answered'),
          object: questionActivity(question),
          result: { success: a.correct, response: a.optionId },
          timestamp: a.at,
        },
        moduleActivity,
        phase,
      );
    });
  };
  if (progress.knowledgeBefore) answered(progress.knowledgeBefore, 'before', 'before');
  progress.attempts.forEach((attempt, n) => {
    answered(attempt, `check${n}`, 'check');
    if (attempt.score !== null && attempt.passed !== null) {
      const max = attempt.order.length;
      push(`result${n}`, {
        verb: verb(attempt.passed ? 'passed' : 'failed'),
        object: moduleActivity,
        result: {
          success: attempt.passed,
          score: { scaled: attempt.score, raw: Math.round(attempt.score * max), min: 0, max },
        },
        timestamp: attempt.finishedAt,
      });
    }
  });
  if (progress.completedAt !== null || progress.confidenceAfter !== null)
    push('completed', {
      verb: verb('completed'),
      object: moduleActivity,
      result: {
        completion: true,
        success: true,
        extensions: {
          [`${base}${XAPI_EXTENSION_PATH}training-record`]: completionRecord(
            module,
            progress,
            actor.account.name,
          ),
        },
      },
      timestamp: progress.completedAt,
    });
  return statements;
}
