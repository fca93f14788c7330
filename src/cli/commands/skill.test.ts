import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { run } from './skill.ts';

// `dossier skill` in-process, on the test database, with console output captured.

let stdout: string[] = [];
let stderr: string[] = [];

beforeEach(() => {
  vi.stubEnv('DATABASE_URL', inject('testDatabasePath'));
  vi.stubEnv('DOSSIER_WEB_SEARCH', '');
  stdout = [];
  stderr = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => void stdout.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void stderr.push(text));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('dossier skill', () => {
  it("prints the skill's LLM rendering, as the given member", async () => {
    expect(await run(['profile_view', '--args', '{"sections":["contact"]}', '--member', '1'])).toBe(0);
    expect(stdout.join('\n')).toContain('[member_id 1] Iva Howell');
    expect(stdout.join('\n')).toContain('iva.howell1@example.com');
    stdout = [];
    expect(
      await run(['profile_view', '--args', '{"member_id":1,"sections":["contact"]}', '--member', '2']),
    ).toBe(0);
    expect(stdout.join('\n')).toContain('[member_id 1] Iva Howell');
    expect(stdout.join('\n')).not.toContain('iva.howell1@example.com');
  });

  it.each([
    [['no_such_skill'], /unknown skill "no_such_skill"/],
    [['job_details', '--args', '{job_id: 1'], /--args is not JSON/],
    [['job_details', '--args', '[1]'], /must be a JSON object/],
    [['job_details', '--args', '{"job_id":"abc"}'], /failed \(invalid_input\): .*job_id/s],
    [['job_details', '--member', 'me'], /--member must be a member id/],
    [['job_details', '--verbose'], /Unknown option '--verbose'/],
    [[], /give exactly one skill name/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    expect(await run(args)).toBe(2);
    expect(stderr.join('\n')).toMatch(message);
  });

  it('exits 1 when the skill fails, naming the error code', async () => {
    expect(await run(['job_details', '--args', '{"job_id":1}'])).toBe(1);
    expect(stderr.join('\n')).toMatch(/job_details failed \(not_found\)/);
  });
});
