import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { needsScreening } from '@attune/sdk/questionnaires/needs-screening';

const script = fileURLToPath(new URL('../../sdk/examples/terminal.mjs', import.meta.url));
/** Runs the example with these lines typed in, as a person at a terminal would. */
function run(lines: string[]): string {
  const result = spawnSync(process.execPath, [script], {
    input: lines.join('\n') + '\n',
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('the terminal example (sdk/examples/terminal.mjs)', () => {
  it('runs the needs screening to a needs profile, with progress, a skip and the not-a-diagnosis line', () => {
    // No Easy Read, start, agree, skip the first question, then choose the first option until the
    // questions run out (a "1" at the review is refused), then finish.
    const out = run(['n', '', 'y', 's', ...Array<string>(120).fill('1'), 'y']);
    expect(out).toContain('Section 1 of 3: First questions. Question 1 of');
    expect(out).toContain(needsScreening.items[0]!.text);
    expect(out).toMatch(/You answered \d+ and skipped 1\./);
    expect(out).toContain('Your needs profile');
    for (const domain of needsScreening.domains)
      expect(out).toMatch(
        new RegExp(`${domain.label}: (no need shown|some need|strong need|not known)`),
      );
    expect(out).toContain('Screening is not a diagnosis.');
  });

  it('switches the wording to Easy Read when asked', () => {
    const out = run(['n', '', 'y', 'e', 'q']);
    const first = needsScreening.items[0]!;
    expect(out.indexOf(first.text)).toBeGreaterThan(-1);
    expect(out.indexOf(first.easyRead)).toBeGreaterThan(out.indexOf(first.text));
  });

  it('keeps nothing when the person does not agree, or stops part way', () => {
    expect(run(['y', '', 'n'])).toContain(
      'You chose not to answer. Nothing you said has been kept.',
    );
    const stopped = run(['n', '', 'y', '1', 'q']);
    expect(stopped).toContain('You stopped the screening. Nothing you said has been kept.');
    expect(stopped).not.toContain('Your needs profile');
  });

  it('refuses an answer that is not one of the numbers shown, and asks again', () => {
    const out = run(['n', '', 'y', '9', 'q']);
    expect(out).toContain('! Choose from the answers shown');
    expect(out.match(/Section 1 of 3: First questions\. Question 1 of/g)).toHaveLength(2);
  });
});
