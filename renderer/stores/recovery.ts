// Password recovery (Рис. 36–39): the step, the contact typed, and the central's recovery state.
// What the screens say after "Продолжить" never depends on whether the contact is registered.
import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';

import type { Result } from '../../shared/contract/result.js';
import type { RecoveryState } from '../../shared/sync/identity-http.js';
import { call } from '../api/client.js';
import { resendMoment, resentNotice, useCaptcha, useFlowCall } from './identity-flow.js';

export type RecoveryStep = 'start' | RecoveryState['step'];

export interface RecoveryForm {
  method: 'phone' | 'email';
  phone: string;
  email: string;
  captchaAnswer: string;
}

const emptyForm = (): RecoveryForm => ({
  method: 'phone',
  phone: '',
  email: '',
  captchaAnswer: '',
});

export const useRecoveryStore = defineStore('recovery', () => {
  const flow = useFlowCall();
  const captcha = useCaptcha();
  const step = ref<RecoveryStep>('start');
  const form = reactive<RecoveryForm>(emptyForm());
  const current = ref<RecoveryState | null>(null);
  const resendAt = ref(0);
  const notice = ref<string | null>(null);

  function adopt(state: RecoveryState): void {
    current.value = state;
    step.value = state.step;
    resendAt.value = resendMoment(state.resendAfterSeconds);
  }

  /** Opens the first form (Рис. 37) with a fresh security code. */
  async function begin(): Promise<void> {
    if (!captcha.current.value) await captcha.refresh();
  }

  /** "Продолжить" (Рис. 37). */
  async function start(): Promise<boolean> {
    const challenge = captcha.current.value;
    if (!challenge) return false;
    const contact = form.method === 'phone' ? form.phone : form.email;
    const state = await flow.run(() =>
      call('recovery.start', {
        method: form.method,
        contact: contact.trim(),
        captcha: { challengeId: challenge.challengeId, answer: form.captchaAnswer.trim() },
      }),
    );
    form.captchaAnswer = '';
    if (!state) {
      await captcha.afterRefusal(flow.lastCode.value);
      return false;
    }
    adopt(state);
    return true;
  }

  const advance = (work: (recoveryId: string) => Promise<Result<RecoveryState>>) =>
    flow.advance(current.value?.recoveryId, work, adopt);

  /** The SMS code (Рис. 38). */
  async function verify(code: string): Promise<void> {
    notice.value = null;
    await advance((recoveryId) => call('recovery.verify', { recoveryId, code: code.trim() }));
  }

  async function resend(): Promise<void> {
    notice.value = null;
    const state = await advance((recoveryId) => call('recovery.resend', { recoveryId }));
    if (state) notice.value = resentNotice(state.method === 'phone');
  }

  /** Polled while the e-mail link is awaited: the password is changed on the link's page. */
  async function refreshStatus(): Promise<void> {
    const id = current.value?.recoveryId;
    if (!id || flow.busy.value) return;
    const result = await call('recovery.status', { recoveryId: id });
    if (result.ok && current.value?.recoveryId === id) {
      // By e-mail the page the link opens sets the password; here we wait for 'done'.
      current.value = result.value;
      if (result.value.method === 'phone' || result.value.step === 'done') adopt(result.value);
    }
  }

  /** "Изменение пароля" → "Продолжить" (Рис. 39). */
  async function setPassword(password: string): Promise<void> {
    await advance((recoveryId) => call('recovery.setPassword', { recoveryId, password }));
  }

  /** "Начать заново": back to Рис. 37 with a new security code; the contact stays typed. */
  async function restart(): Promise<void> {
    flow.clear();
    notice.value = null;
    current.value = null;
    step.value = 'start';
    await captcha.refresh();
  }

  function reset(): void {
    Object.assign(form, emptyForm());
    flow.clear();
    captcha.reset();
    step.value = 'start';
    current.value = null;
    resendAt.value = 0;
    notice.value = null;
  }

  return {
    step,
    form,
    current,
    resendAt,
    notice,
    busy: flow.busy,
    errorKey: flow.errorKey,
    errorMessage: flow.errorMessage,
    mustRestart: flow.mustRestart,
    captcha: captcha.current,
    captchaLoading: captcha.loading,
    captchaFailed: captcha.failed,
    refreshCaptcha: captcha.refresh,
    setError: flow.setError,
    clearError: flow.clear,
    begin,
    start,
    verify,
    resend,
    refreshStatus,
    setPassword,
    restart,
    reset,
  };
});
