import { parseNumberAnswer } from '../../server/identity/captcha-question.js';

/**
 * Answers the captcha's accessible question ("Сколько будет семь плюс три?") as a screen-reader
 * user would, so tests never peek at the central's tables for the answer.
 */
export function answerCaptchaQuestion(question: string): string {
  const match = /^Сколько будет (.+) (плюс|минус) (.+)\?$/.exec(question.trim());
  const a = match ? parseNumberAnswer(match[1]!) : null;
  const b = match ? parseNumberAnswer(match[3]!) : null;
  if (!match || a === null || b === null) throw new Error(`unexpected question: ${question}`);
  return String(match[2] === 'плюс' ? a + b : a - b);
}
