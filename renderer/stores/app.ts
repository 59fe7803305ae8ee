// Device state from the main process: enrolment, profile, region, kiosk timings, boot errors.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';

import { methods } from '../../shared/contract/methods.js';
import type { AppState, DeviceProfile } from '../../shared/contract/views.js';
import { call } from '../api/client.js';
import { useErrorKey, useTranslate } from '../i18n/error-key.js';

export const useAppStore = defineStore('app', () => {
  const errorKey = useErrorKey();
  const translate = useTranslate();

  const state = ref<AppState | null>(null);
  const bootErrorKey = ref<string | null>(null);
  const enrolErrorKey = ref<string | null>(null);
  const enrolling = ref(false);
  let pending: Promise<boolean> | null = null;

  /** The profile decides layout density; an unenrolled device is set up by staff, so "counter". */
  const profile = computed<DeviceProfile>(() => state.value?.profile ?? 'counter');
  const isKiosk = computed(() => profile.value === 'kiosk');
  const enrolled = computed(() => state.value?.enrolled === true);
  const regionName = computed(() => state.value?.region?.name ?? null);
  const timeZone = computed(() => state.value?.region?.timeZone ?? null);
  const bootErrorMessage = computed(() =>
    bootErrorKey.value ? translate(bootErrorKey.value) : '',
  );
  const enrolErrorMessage = computed(() =>
    enrolErrorKey.value ? translate(enrolErrorKey.value) : '',
  );

  async function fetchState(): Promise<boolean> {
    const result = await call('app.getState', {});
    if (!result.ok) {
      bootErrorKey.value = errorKey(result.error);
      return false;
    }
    bootErrorKey.value = null;
    state.value = result.value;
    return true;
  }

  /** Loads the device state; concurrent callers share one request. */
  function load(): Promise<boolean> {
    pending ??= fetchState().finally(() => {
      pending = null;
    });
    return pending;
  }

  async function ensureLoaded(): Promise<boolean> {
    return state.value ? true : load();
  }

  /** Connects the device to the central service; returns true when it is enrolled. */
  async function enrol(centralUrl: string, code: string): Promise<boolean> {
    const input = { centralUrl: centralUrl.trim(), code: code.trim() };
    const parsed = methods['device.enrol'].input.safeParse(input);
    if (!parsed.success) {
      const badUrl = parsed.error.issues.some((issue) => issue.path[0] === 'centralUrl');
      enrolErrorKey.value = badUrl ? 'enrol.invalidUrl' : 'enrol.invalidCode';
      return false;
    }
    enrolling.value = true;
    enrolErrorKey.value = null;
    try {
      const result = await call('device.enrol', parsed.data);
      if (!result.ok) {
        enrolErrorKey.value = errorKey(result.error);
        return false;
      }
      state.value = result.value;
      return result.value.enrolled;
    } finally {
      enrolling.value = false;
    }
  }

  function clearEnrolError(): void {
    enrolErrorKey.value = null;
  }

  return {
    state,
    profile,
    isKiosk,
    enrolled,
    regionName,
    timeZone,
    bootErrorKey,
    bootErrorMessage,
    enrolErrorKey,
    enrolErrorMessage,
    enrolling,
    load,
    ensureLoaded,
    enrol,
    clearEnrolError,
  };
});
