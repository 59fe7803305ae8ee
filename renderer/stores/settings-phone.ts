// "Изменить телефон" inside the settings store: the change under way (its id, masked recipient
// and resend moment) and the notice after "Выслать код повторно".
import { reactive, ref } from 'vue';

import type { MethodOutput } from '../../shared/contract/methods.js';
import type { Result } from '../../shared/contract/result.js';
import type { Profile } from '../../shared/sync/identity-http.js';
import { call } from '../api/client.js';
import { resendMoment } from './identity-flow.js';

export type PhoneChange = MethodOutput<'settings.changePhone'>;

/** One call shown in the phone form (see the settings store's `run`). */
type RunInPhoneForm = <T>(work: () => Promise<Result<T>>) => Promise<T | null>;

export function usePhoneChange(run: RunInPhoneForm, done: (profile: Profile) => Promise<void>) {
  const change = ref<PhoneChange | null>(null);
  const resendAt = ref(0);
  const notice = ref<string | null>(null);

  function adopt(value: PhoneChange): void {
    change.value = value;
    resendAt.value = resendMoment(value.resendAfterSeconds);
  }

  async function start(phone: string): Promise<boolean> {
    const value = await run(() => call('settings.changePhone', { phone }));
    if (value) adopt(value);
    notice.value = null;
    return value !== null;
  }

  async function resend(): Promise<void> {
    const changeId = change.value?.changeId;
    if (!changeId) return;
    const value = await run(() => call('settings.resendPhoneCode', { changeId }));
    if (!value) return;
    adopt(value);
    notice.value = 'registration.resend.codeSent';
  }

  async function verify(code: string): Promise<boolean> {
    const changeId = change.value?.changeId;
    if (!changeId) return false;
    const value = await run(() => call('settings.verifyPhone', { changeId, code }));
    if (!value) return false;
    clear();
    await done(value);
    return true;
  }

  function clear(): void {
    change.value = null;
    notice.value = null;
  }

  return reactive({ change, resendAt, notice, start, resend, verify, clear });
}
