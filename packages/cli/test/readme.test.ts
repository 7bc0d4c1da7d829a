// The README's promises that can be checked: its API example is examples/api.mjs verbatim and prints what the
// README says it prints, and its quick start names a program that runs.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pycTs, repoRoot } from './helpers.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

/** The text of the fenced block of the given language that comes first after `marker` in the README. */
function blockAfter(marker: string, lang: string): string {
  const at = readme.indexOf(marker);
  expect(at, `README has "${marker}"`).toBeGreaterThanOrEqual(0);
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme.slice(at));
  expect(match, `a \`\`\`${lang} block after "${marker}"`).not.toBeNull();
  return match![1];
}

describe('README', () => {
  it('shows examples/api.mjs as it is', () => {
    expect(blockAfter('This is [examples/api.mjs]', 'js')).toBe(readFileSync(join(repoRoot, 'examples', 'api.mjs'), 'utf8'));
  });

  it('says what examples/api.mjs prints', () => {
    // Runs against the built packages, as a user's `node examples/api.mjs` does.
    const r = spawnSync(process.execPath, ['examples/api.mjs'], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(blockAfter('It prints:', 'text'));
    expect(r.status).toBe(0);
  });

  it("quick start's program runs", () => {
    expect(readme).toContain('npm ci && npx pyc-ts run examples/seed.py');
    expect(readme).toContain('npm ci && npm test');
    const r = pycTs(['run', join(repoRoot, 'examples', 'seed.py')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
