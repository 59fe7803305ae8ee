// Registration (Рис. 2–11): the wizard's step, what the person typed (memory only, until the
// wizard ends), and the central's registration state. The central decides; this store follows.
import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';

import type { MethodOutput } from '../../shared/contract/methods.js';
import type { Result } from '../../shared/contract/result.js';
import type { RegistrationState } from '../../shared/sync/identity-http.js';
import { call } from '../api/client.js';
import { resendMoment, resentNotice, useCaptcha, useFlowCall } from './identity-flow.js';
import { emptyRegistrationForm, type RegistrationForm } from './registration-form.js';

export type RegistrationStep = 'region' | 'form' | RegistrationState['step'];
export type RegionChoice = MethodOutput<'identity.regions'>[number];

export const useRegistrationStore = defineStore('registration', () => {
  const flow = useFlowCall();
  const captcha = useCaptcha();
  const step = ref<RegistrationStep>('region');
  const regions = ref<RegionChoice[]>([]);
  const regionsFailed = ref(false);
  const regionCode = ref<string | null>(null);
  const form = reactive<RegistrationForm>(emptyRegistrationForm());
  const current = ref<RegistrationState | null>(null);
  /** When "Выслать код повторно" / "Повторить отправку письма" becomes possible (ms). */
  const resendAt = ref(0);
  /** An i18n key of a quiet notice (e.g. "Новый код отправлен"). */
  const notice = ref<string | null>(null);

  function adopt(state: RegistrationState): void {
    current.value = state;
    step.value = state.step;
    resendAt.value = resendMoment(state.resendAfterSeconds);
    if (state.step === 'done') forgetSecrets();
  }

  function forgetSecrets(): void {
    form.password = '';
    form.repeat = '';
    form.captchaAnswer = '';
  }

  /** Рис. 2: the regions, with the device's own (or the only one) chosen in advance. */
  async function loadRegions(preferred: string | null): Promise<void> {
    const result = await call('identity.regions', {});
    regionsFailed.value = !result.ok;
    if (!result.ok) return;
    regions.value = result.value;
    const known = (code: string | null) => result.value.some((r) => r.code === code);
    if (!known(regionCode.value)) {
      regionCode.value = known(preferred) ? preferred : (result.value[0]?.code ?? null);
    }
  }

  /** "Выбрать": on to the form of Рис. 4 with a fresh security code. */
  async function chooseRegion(): Promise<void> {
    if (!regionCode.value) return;
    step.value = 'form';
    flow.clear();
    await captcha.refresh();
  }

  /** "Далее": the form checked here, then by the central (which spends the security code). */
  async function start(): Promise<boolean> {
    const challenge = captcha.current.value;
    if (!regionCode.value || !challenge) return false;
    const contact = form.variant === 'phone' ? form.phone : form.email;
    const state = await flow.run(() =>
      call('registration.start', {
        regionCode: regionCode.value ?? '',
        login: form.login.trim(),
        password: form.password,
        variant: form.variant,
        contact: contact.trim(),
        city: form.city.trim(),
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

  const advance = (work: (registrationId: string) => Promise<Result<RegistrationState>>) =>
    flow.advance(current.value?.registrationId, work, adopt);

  /** "Привязать" (Рис. 6), also after "Изменить номер лицевого счета". */
  async function linkAccount(accountNumber: string): Promise<void> {
    await advance((registrationId) =>
      call('registration.linkAccount', { registrationId, accountNumber: accountNumber.trim() }),
    );
  }

  /** "Данные верны, продолжить" (Рис. 7): the code or the link is sent. */
  async function confirm(): Promise<void> {
    await advance((registrationId) => call('registration.confirm', { registrationId }));
  }

  /** "Отправить" (Рис. 8). */
  async function verify(code: string): Promise<void> {
    notice.value = null;
    await advance((registrationId) =>
      call('registration.verify', { registrationId, code: code.trim() }),
    );
  }

  /** "Выслать код повторно" / "Повторить отправку письма". */
  async function resend(): Promise<void> {
    notice.value = null;
    const state = await advance((registrationId) =>
      call('registration.resend', { registrationId }),
    );
    if (state) notice.value = resentNotice(state.variant === 'phone');
  }

  /** Рис. 11 polls this: the link may be opened on another device. Quiet unless it ended. */
  async function refreshStatus(): Promise<void> {
    const id = current.value?.registrationId;
    if (!id || flow.busy.value) return;
    const result = await call('registration.status', { registrationId: id });
    if (result.ok && current.value?.registrationId === id) adopt(result.value);
  }

  /** "Изменить номер лицевого счета" (Рис. 7). */
  function editAccount(): void {
    flow.clear();
    step.value = 'account';
  }

  /** "Изменить параметры регистрации": back to the form; "Далее" starts a new registration. */
  async function editParameters(): Promise<void> {
    flow.clear();
    notice.value = null;
    current.value = null;
    step.value = 'form';
    await captcha.refresh();
  }

  /** Forgets everything typed and shown (leaving, kiosk inactivity, after "Войти"). */
  function reset(): void {
    Object.assign(form, emptyRegistrationForm());
    flow.clear();
    captcha.reset();
    step.value = 'region';
    current.value = null;
    resendAt.value = 0;
    notice.value = null;
    regionsFailed.value = false;
  }

  return {
    step,
    regions,
    regionsFailed,
    regionCode,
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
    loadRegions,
    chooseRegion,
    start,
    linkAccount,
    confirm,
    verify,
    resend,
    refreshStatus,
    editAccount,
    editParameters,
    reset,
  };
});
