// "Отчеты": the last answer of each report (payments, charges, readings, the consumption chart)
// for the selected account, the periods the charge history offers, and saving a report as a PDF.
// Lives in memory only; reset() forgets everything (sign-out, account change).
import { defineStore } from 'pinia';
import { computed, reactive, ref, shallowRef } from 'vue';

import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/methods.js';
import type { ReportRequest } from '../../shared/contract/report-views.js';
import { call, onEvent } from '../api/client.js';
import { useErrorKey, useTranslate } from '../i18n/error-key.js';

type ReportMethod = Extract<MethodName, `reports.${string}`>;
export type ReportKind = ReportRequest['report'];
export type SavedPdf = MethodOutput<'reports.pdf'>;

/** One report's last run: its input, answer, progress and error (as an i18n key). */
function useRun<M extends ReportMethod>(method: M) {
  const errorKey = useErrorKey();
  const translate = useTranslate();
  const input = shallowRef<MethodInput<M> | null>(null);
  const result = shallowRef<MethodOutput<M> | null>(null);
  const busy = ref(false);
  const failedKey = ref<string | null>(null);
  // Bumped by clear(): an answer to a request made before it is dropped.
  let generation = 0;

  async function run(next: MethodInput<M>): Promise<void> {
    const started = ++generation;
    input.value = next;
    busy.value = true;
    failedKey.value = null;
    const answer = await call(method, next);
    if (started !== generation) return;
    busy.value = false;
    if (answer.ok) result.value = answer.value;
    else {
      result.value = null;
      failedKey.value = errorKey(answer.error);
    }
  }

  /** Runs the last input again (fresh statuses), keeping the shown answer meanwhile. */
  async function rerun(): Promise<void> {
    if (input.value && !busy.value) await run(input.value);
  }

  function clear(): void {
    generation += 1;
    input.value = null;
    result.value = null;
    busy.value = false;
    failedKey.value = null;
  }

  const errorMessage = computed(() => (failedKey.value ? translate(failedKey.value) : ''));
  return reactive({ input, result, busy, errorMessage, run, rerun, clear });
}

export const useReportsStore = defineStore('reports', () => {
  const errorKey = useErrorKey();
  const translate = useTranslate();
  const payments = useRun('reports.payments');
  const charges = useRun('reports.charges');
  const readings = useRun('reports.readings');
  const consumption = useRun('reports.consumption');
  const periods = useRun('reports.charges');
  const pdfBusy = ref<ReportKind | null>(null);
  const pdfErrors = ref<Partial<Record<ReportKind, string>>>({});

  /** The six billed periods the charge history offers (newest first), asked once per account. */
  const availablePeriods = computed(() => periods.result?.availablePeriods ?? []);
  async function loadPeriods(accountId: number): Promise<void> {
    if (periods.input?.accountId === accountId && periods.result) return;
    await periods.run({ accountId, period: null });
  }

  /** Asks for the report as a PDF; null (with an error to show) when it failed. */
  async function pdf(request: ReportRequest): Promise<SavedPdf | null> {
    pdfBusy.value = request.report;
    const { [request.report]: _previous, ...others } = pdfErrors.value;
    pdfErrors.value = others;
    const answer = await call('reports.pdf', request);
    pdfBusy.value = null;
    if (answer.ok) return answer.value;
    pdfErrors.value = { ...pdfErrors.value, [request.report]: errorKey(answer.error) };
    return null;
  }

  function pdfError(report: ReportKind): string {
    const key = pdfErrors.value[report];
    return key ? translate(key) : '';
  }

  /** Re-runs the readings report and chart whenever the outbox settles; returns the unsubscribe. */
  function followOutbox(): () => void {
    return onEvent('outbox.changed', () => {
      void readings.rerun();
      void consumption.rerun();
    });
  }

  function reset(): void {
    for (const run of [payments, charges, readings, consumption, periods]) run.clear();
    pdfBusy.value = null;
    pdfErrors.value = {};
  }

  return {
    payments,
    charges,
    readings,
    consumption,
    availablePeriods,
    periodsError: computed(() => periods.errorMessage),
    periodsLoading: computed(() => periods.busy),
    loadPeriods,
    pdf,
    pdfBusy,
    pdfError,
    followOutbox,
    reset,
  };
});
