import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import {
  type CaptchaChallenge,
  createCaptcha,
  generateCaptchaChallenge,
  refreshCaptcha,
  verifyCaptcha,
} from '../../../server/identity/captcha.js';
import { backends, openTestCentral, type TestCentral } from '../../support/central-fixture.js';
import { testClock } from '../harness.js';
import { KEY } from './support.js';

/** Wraps the real generator to learn the answers the server keeps only as hashes. */
function recordingGenerator() {
  const made: CaptchaChallenge[] = [];
  const generate = () => {
    const challenge = generateCaptchaChallenge();
    made.push(challenge);
    return challenge;
  };
  return { generate, last: () => made.at(-1)! };
}

describe.each(backends)('captcha on %s', (backend) => {
  let tc: TestCentral;
  const clock = testClock();
  const env = () => ({ now: clock(), key: KEY });
  const db = () => tc.central.db;
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
  });
  afterAll(() => tc.dispose());

  async function challenge() {
    const recorder = recordingGenerator();
    const view = await createCaptcha(db(), env(), recorder.generate);
    return { view, answers: recorder.last() };
  }

  it('gives an id, an SVG, a question and a 5-minute expiry, never the answers', async () => {
    const { view, answers } = await challenge();
    expect(view.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(view.expiresAt.getTime() - clock().getTime()).toBe(5 * 60_000);
    expect(view.svg.startsWith('<svg')).toBe(true);
    expect(view.question).toMatch(/^Сколько будет [а-я ]+ (плюс|минус) [а-я ]+\?$/);
    expect(JSON.stringify(view)).not.toContain(answers.text);
    const stored = await db()
      .selectFrom('captcha_challenges')
      .selectAll()
      .where('id', '=', view.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(answers.text);
    expect(stored.answer_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts the image text in any case, once', async () => {
    const { view, answers } = await challenge();
    const answer = ` ${answers.text.toLowerCase()} `;
    expect(await verifyCaptcha(db(), env(), { id: view.id, answer })).toEqual({ ok: true });
    expect(await verifyCaptcha(db(), env(), { id: view.id, answer })).toEqual({
      ok: false,
      code: 'used',
    });
  });

  it('accepts Cyrillic look-alikes typed on a Russian layout', async () => {
    const view = await createCaptcha(db(), env(), () => ({
      text: 'ACEHK7',
      question: 'Сколько будет два плюс два?',
      answer: 4,
    }));
    expect(await verifyCaptcha(db(), env(), { id: view.id, answer: 'асенк7' })).toEqual({
      ok: true,
    });
  });

  it('answers the accessible question by number, in digits or in words', async () => {
    const first = await challenge();
    expect(
      await verifyCaptcha(db(), env(), { id: first.view.id, answer: String(first.answers.answer) }),
    ).toEqual({ ok: true });
    const words = await createCaptcha(db(), env(), () => ({
      text: 'XYWVU',
      question: 'Сколько будет семь плюс три?',
      answer: 10,
    }));
    expect(words.question).toBe('Сколько будет семь плюс три?');
    expect(await verifyCaptcha(db(), env(), { id: words.id, answer: 'Десять' })).toEqual({
      ok: true,
    });
  });

  it('consumes the challenge on a wrong answer: the right one then answers used', async () => {
    const { view, answers } = await challenge();
    expect(await verifyCaptcha(db(), env(), { id: view.id, answer: 'WRONG' })).toEqual({
      ok: false,
      code: 'wrong',
    });
    expect(await verifyCaptcha(db(), env(), { id: view.id, answer: answers.text })).toEqual({
      ok: false,
      code: 'used',
    });
  });

  it('expires after 5 minutes', async () => {
    const { view, answers } = await challenge();
    clock.advanceMinutes(5);
    expect(await verifyCaptcha(db(), env(), { id: view.id, answer: answers.text })).toEqual({
      ok: false,
      code: 'expired',
    });
  });

  it('answers not_found for unknown or malformed ids', async () => {
    expect(
      await verifyCaptcha(db(), env(), { id: '7d9f7a5e-0b7e-4e2a-9b8e-0d7a1c2b3e4f', answer: 'X' }),
    ).toEqual({
      ok: false,
      code: 'not_found',
    });
    expect(await verifyCaptcha(db(), env(), { id: "'; DROP TABLE x; --", answer: 'X' })).toEqual({
      ok: false,
      code: 'not_found',
    });
  });

  it('refresh spends the old challenge and makes a new one', async () => {
    const old = await challenge();
    const recorder = recordingGenerator();
    const fresh = await refreshCaptcha(db(), env(), old.view.id, recorder.generate);
    expect(fresh.id).not.toBe(old.view.id);
    expect(await verifyCaptcha(db(), env(), { id: old.view.id, answer: old.answers.text })).toEqual(
      { ok: false, code: 'used' },
    );
    expect(
      await verifyCaptcha(db(), env(), { id: fresh.id, answer: recorder.last().text }),
    ).toEqual({ ok: true });
  });

  it('does not verify under another key', async () => {
    const { view, answers } = await challenge();
    const otherKey = Buffer.alloc(32, 7);
    expect(
      await verifyCaptcha(
        db(),
        { now: clock(), key: otherKey },
        { id: view.id, answer: answers.text },
      ),
    ).toEqual({
      ok: false,
      code: 'wrong',
    });
  });

  it('clears challenges that expired more than an hour ago', async () => {
    const { view } = await challenge();
    clock.advanceMinutes(66);
    await challenge();
    const left = await db()
      .selectFrom('captcha_challenges')
      .select('id')
      .where('id', '=', view.id)
      .execute();
    expect(left).toEqual([]);
  });
});
