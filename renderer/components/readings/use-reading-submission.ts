// "Передать показания" → the confirmation of Рис. 19 → each typed meter into the outbox. Queued
// meters are cleared (their value now shows as "Ожидает отправки"); problems the service found
// go back to the fields; a failed call says what to do.
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';

import type { ReadingsForm } from '../../../shared/contract/billing-views.js';
import { useErrorKey, useTranslate } from '../../i18n/error-key.js';
import { useReadingsStore } from '../../stores/readings.js';
import { useSyncStore } from '../../stores/sync.js';
import type { ConfirmItem } from './ConfirmReadingsDialog.vue';
import type { ReadingDrafts } from './reading-drafts.js';

export function useReadingSubmission(form: () => ReadingsForm, drafts: ReadingDrafts) {
  const readings = useReadingsStore();
  const sync = useSyncStore();
  const errorKey = useErrorKey();
  const translate = useTranslate();
  const { t } = useI18n();

  const confirming = ref<ConfirmItem[] | null>(null);
  const busy = ref(false);
  const errorText = ref<string | null>(null);
  const notice = ref<string | null>(null);

  /** Checks what was typed and opens the confirmation; false when something must be fixed. */
  function request(): boolean {
    errorText.value = null;
    notice.value = null;
    drafts.attempted.value = true;
    const typed = form().meters.filter((meter) => drafts.isTyped(meter));
    if (!typed.length) {
      errorText.value = t('readings.nothingTyped');
      return false;
    }
    if (typed.some((meter) => drafts.meterStates(meter).some((state) => state.blocked))) {
      errorText.value = t('readings.fixFirst');
      return false;
    }
    confirming.value = typed.map((meter) => ({
      meter,
      values: drafts.meterStates(meter).map((state) => ({
        zone: state.zone,
        value: state.value ?? '',
      })),
    }));
    return true;
  }

  function cancel(): void {
    confirming.value = null;
  }

  /** "Продолжить": sends the confirmed meters one by one, in table order. */
  async function send(): Promise<void> {
    const items = confirming.value ?? [];
    confirming.value = null;
    busy.value = true;
    const { accountId } = form();
    let queued = 0;
    const toFix: string[] = [];
    try {
      for (const { meter } of items) {
        const result = await readings.submit({
          accountId,
          meterId: meter.meterId,
          values: drafts.valuesOf(meter),
          confirmed: drafts.confirmedFlags(meter),
        });
        if (!result.ok) {
          errorText.value = translate(errorKey(result.error));
          break;
        }
        if (result.value.status === 'queued') {
          queued += 1;
          drafts.clearMeter(meter.meterId);
        } else {
          drafts.setServerProblems(meter.meterId, result.value.problems);
          toFix.push(meter.serial);
        }
      }
    } finally {
      busy.value = false;
    }
    if (toFix.length) {
      errorText.value = toFix.map((serial) => t('readings.result.needsFix', { serial })).join(' ');
    }
    if (queued)
      notice.value = t(sync.online ? 'readings.result.queued' : 'readings.result.queuedOffline');
    drafts.attempted.value = toFix.length > 0;
    void readings.load(accountId, { force: true });
  }

  return { confirming, busy, errorText, notice, request, cancel, send };
}
