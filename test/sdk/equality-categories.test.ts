// The equality questions' closed lists: the official categories exactly, "prefer not to say" for
// each, old records still read, and nothing outside a list ever kept or published.
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_REDUCED_WORDS,
  BROAD_ETHNIC_GROUPS,
  DemographicsSchema,
  DETAILED_ETHNIC_GROUPS,
  ETHNIC_GROUPS,
  PREFER_NOT_TO_SAY,
  readDemographics,
  ScreeningRecordSchema,
  SEX_WORDS,
} from '@attune/sdk/screening';
import { screeningRecord } from '../fixtures/caseload';

describe('the categories are the official ones', () => {
  it('ethnic group: the Census 2021 England and Wales list, five broad groups and 19 beneath', () => {
    expect(BROAD_ETHNIC_GROUPS.map((b) => ETHNIC_GROUPS[b].label)).toEqual([
      'White',
      'Mixed or Multiple ethnic groups',
      'Asian or Asian British',
      'Black, Black British, Caribbean or African',
      'Other ethnic group',
    ]);
    expect(DETAILED_ETHNIC_GROUPS).toHaveLength(19);
    expect(Object.values(ETHNIC_GROUPS.white.groups)).toEqual([
      'English, Welsh, Scottish, Northern Irish or British',
      'Irish',
      'Gypsy or Irish Traveller',
      'Roma',
      'Any other White background',
    ]);
    expect(Object.values(ETHNIC_GROUPS.black.groups)).toEqual([
      'Caribbean',
      'African',
      'Any other Black, Black British, or Caribbean background',
    ]);
    expect(Object.values(ETHNIC_GROUPS.other.groups)).toEqual(['Arab', 'Any other ethnic group']);
  });

  it('sex and disability use the standards’ own answer words', () => {
    expect(Object.values(SEX_WORDS)).toEqual(['Female', 'Male']);
    expect(Object.values(ACTIVITY_REDUCED_WORDS)).toEqual([
      'Yes, a lot',
      'Yes, a little',
      'Not at all',
    ]);
  });
});

describe('the demographics schema', () => {
  it.each([
    'ageBand',
    'sex',
    'genderSameAsSex',
    'ethnicGroup',
    'longTermCondition',
    'activityReduced',
  ])('takes "prefer not to say" for %s, and every answer is optional', (field) => {
    expect(DemographicsSchema.safeParse({ [field]: PREFER_NOT_TO_SAY }).success).toBe(true);
    expect(DemographicsSchema.safeParse({}).success).toBe(true);
  });

  it('refuses free text and unknown fields in the new questions', () => {
    for (const bad of [
      { ethnicGroup: 'Scottish Asian' },
      { sex: 'man' },
      { genderSameAsSex: 'trans man' },
      { ageBand: '32' },
      { religion: 'none' },
    ])
      expect(DemographicsSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it('still reads a record made before the questions, with its free-text gender', () => {
    const old = { ...screeningRecord(), demographics: { ageBand: '25-34', gender: 'Woman' } };
    expect(ScreeningRecordSchema.safeParse(old).success).toBe(true);
    expect(readDemographics(old.demographics)).toEqual({ ageBand: '25-34', legacyGender: 'woman' });
  });
});

describe('reading demographics into closed lists', () => {
  it('maps old free-text genders to the list or "other", never keeping the words', () => {
    expect(readDemographics({ gender: ' MALE ' }).legacyGender).toBe('man');
    expect(readDemographics({ gender: 'non-binary' }).legacyGender).toBe('non-binary');
    expect(readDemographics({ gender: 'John Smith, 12 High St' }).legacyGender).toBe('other');
    expect(readDemographics({ gender: '__proto__' }).legacyGender).toBe('other');
    expect(readDemographics({ gender: 'constructor' }).legacyGender).toBe('other');
  });

  it('gives the broad group of a detailed one, and drops what is not on the list', () => {
    expect(readDemographics({ ethnicGroup: 'black-caribbean' })).toEqual({
      ethnicGroup: 'black-caribbean',
      broadEthnicGroup: 'black',
    });
    expect(readDemographics({ ethnicGroup: 'toString' })).toEqual({});
    expect(readDemographics({ ethnicGroup: PREFER_NOT_TO_SAY })).toEqual({
      broadEthnicGroup: PREFER_NOT_TO_SAY,
    });
    expect(readDemographics('not an object')).toEqual({});
  });

  it('counts disability as the two GSS questions together define it', () => {
    const d = (longTermCondition: string, activityReduced?: string) =>
      readDemographics({ longTermCondition, activityReduced }).disability;
    expect(d('yes', 'a-lot')).toBe('disabled');
    expect(d('yes', 'a-little')).toBe('disabled');
    expect(d('yes', 'not-at-all')).toBe('not-disabled');
    expect(d('no')).toBe('not-disabled');
    expect(d(PREFER_NOT_TO_SAY)).toBe(PREFER_NOT_TO_SAY);
    expect(d('yes', PREFER_NOT_TO_SAY)).toBe(PREFER_NOT_TO_SAY);
    expect(d('yes')).toBeUndefined();
  });
});

describe('the record', () => {
  it('keeps equality answers in demographics only: the needs profile is the same without them', () => {
    const plain = screeningRecord();
    const withAnswers = {
      ...plain,
      demographics: {
        sex: 'female',
        ethnicGroup: 'asian-pakistani',
        longTermCondition: 'yes',
        activityReduced: 'a-lot',
      },
    };
    const parsed = ScreeningRecordSchema.parse(withAnswers);
    expect(parsed.profile).toEqual(plain.profile);
    expect(JSON.stringify(parsed.profile)).not.toMatch(/female|pakistani|disab/i);
  });
});
