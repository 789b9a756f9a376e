import { describe, expect, it } from 'vitest';
import { FirstAnswers } from './section-data.svelte.ts';

describe('FirstAnswers', () => {
  it('is complete once every section that opened has had its first answer, each counted once', () => {
    const answers = new FirstAnswers();
    const users = answers.expect();
    const limits = answers.expect();
    users();
    users();
    expect(answers.all).toBe(false);
    limits();
    expect(answers.all).toBe(true);
  });
});
