// What the registration and recovery stores share: one call at a time with its error as an i18n
// key, and the security code (captcha) of the flow's first form.
import { computed, ref } from 'vue';

import type { Captcha } from '../../shared/sync/identity-http.js';
import type { AppError, Result } from '../../shared/contract/result.js';
import { call } from '../api/client.js';
import { useErrorKey, useTranslate } from '../i18n/error-key.js';

/** Codes after which the flow cannot go on: the person starts again. */
export const terminalCodes: ReadonlySet<string> = new Set([
  'registration_expired',
  'code_attempts_exhausted',
  'code_expired',
  'step_invalid',
  'not_found',
]);

/** Busy flag, error key and `run` for one flow; call inside a setup store. */
export function useFlowCall() {
  const errorKey = useErrorKey();
  const translate = useTranslate();
  const busy = ref(false);
  const errorKeyRef = ref<string | null>(null);
  const lastCode = ref<AppError['code'] | null>(null);
  const errorMessage = computed(() => (errorKeyRef.value ? translate(errorKeyRef.value) : ''));
  /** The last failure left nothing to retry: only starting again helps. */
  const mustRestart = computed(() => lastCode.value !== null && terminalCodes.has(lastCode.value));

  /** Runs one call (ignored while another runs); null on failure, with the error kept. */
  async function run<T>(work: () => Promise<Result<T>>): Promise<T | null> {
    if (busy.value) return null;
    busy.value = true;
    clear();
    try {
      const result = await work();
      if (result.ok) return result.value;
      lastCode.value = result.error.code;
      errorKeyRef.value = errorKey(result.error);
      return null;
    } finally {
      busy.value = false;
    }
  }

  /**
   * Runs a call for the flow's current id (nothing without one) and hands the state it answers
   * to `adopt`; the state, or null.
   */
  async function advance<S>(
    id: string | undefined,
    work: (id: string) => Promise<Result<S>>,
    adopt: (state: S) => void,
  ): Promise<S | null> {
    if (!id) return null;
    const state = await run(() => work(id));
    if (state) adopt(state);
    return state;
  }

  /** Shows a check of the form itself (an i18n key). */
  function setError(key: string): void {
    lastCode.value = null;
    errorKeyRef.value = key;
  }

  function clear(): void {
    errorKeyRef.value = null;
    lastCode.value = null;
  }

  return {
    busy,
    errorKey: errorKeyRef,
    lastCode,
    errorMessage,
    mustRestart,
    run,
    advance,
    setError,
    clear,
  };
}

// Refused by the main process before the call: the central never saw (nor spent) the challenge.
const refusedBeforeCentral: ReadonlySet<string> = new Set([
  'login_invalid',
  'password_weak',
  'phone_invalid',
  'email_invalid',
  'invalid_input',
]);

/** The flow's security code: a fresh challenge on demand, and after every answer (it is spent). */
export function useCaptcha() {
  const current = ref<Captcha | null>(null);
  const loading = ref(false);
  const failed = ref(false);

  async function refresh(): Promise<void> {
    loading.value = true;
    try {
      const result = await call('identity.captcha', {});
      failed.value = !result.ok;
      current.value = result.ok ? result.value : null;
    } finally {
      loading.value = false;
    }
  }

  /** After a refused start: a new challenge, unless the central never saw this one. */
  async function afterRefusal(code: string | null): Promise<void> {
    if (!refusedBeforeCentral.has(code ?? '')) await refresh();
  }

  function reset(): void {
    current.value = null;
    failed.value = false;
    loading.value = false;
  }

  return { current, loading, failed, refresh, afterRefusal, reset };
}

/** The notice after a resend: a new code by SMS, or the e-mail again. */
export function resentNotice(bySms: boolean): string {
  return bySms ? 'registration.resend.codeSent' : 'registration.resend.emailSent';
}

/** The moment (ms since epoch) a resend becomes possible, from the central's seconds. */
export function resendMoment(seconds: number): number {
  return Date.now() + seconds * 1000;
}
