import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AUDIENCES,
  passportConsent,
  PassportSchema,
  ReviewRecordSchema,
  sharingStatement,
  type Passport,
} from '@attune/sdk/follow-up';

const passport = (forWhom: string[]): Passport => ({
  schemaVersion: 1,
  kind: 'attune.passport',
  madeOn: '2026-12-01',
  checkAgainOn: '2027-06-01',
  for: forWhom,
  parts: {
    about: [],
    hard: [],
    helps: [{ text: 'Give me one thing at a time.', from: 'own-words' }],
    explain: [],
    overwhelmed: [],
    support: [],
  },
});

describe('what a passport says about sharing', () => {
  it('says the person agreed to share it with exactly those they chose to show it to', () => {
    fc.assert(
      fc.property(fc.subarray(AUDIENCES.map((a) => a.id)), (chosen) => {
        const [first] = sharingStatement(passportConsent(passport(chosen)), '2027-01-01');
        if (!chosen.length)
          expect(first).toBe('The person has not agreed to share this with anyone.');
        else
          expect(first).toBe(
            `The person agreed to share this with: ${AUDIENCES.filter((a) => chosen.includes(a.id))
              .map((a) => a.label)
              .join(', ')}.`,
          );
      }),
    );
  });

  it('asks for the person to be asked again once the passport is past its check date', () => {
    const lines = sharingStatement(passportConsent(passport(['solicitor'])), '2027-06-02');
    expect(lines[0]).toBe('The person has not agreed to share this with anyone.');
    expect(lines).toContain(
      'Ask again before sharing with: My solicitor (the agreement is past its review date).',
    );
  });

  it('lets a passport or review file carry its statement, and nothing else extra', () => {
    const withLines = {
      ...passport(['court']),
      sharing: ['The person agreed to share this with: Court.'],
    };
    expect(PassportSchema.safeParse(withLines).success).toBe(true);
    expect(PassportSchema.safeParse({ ...withLines, sharing: 'Court' }).success).toBe(false);
    expect(ReviewRecordSchema.shape.sharing).toBeDefined();
  });
});
