// What the person has typed per meter zone, and what is wrong with it as they type: the shared
// checkReading rule against the meter's drum, the previous reading and the 6-month average,
// plus the problems the service found in the last attempt (kept until the value changes).
import { reactive, ref } from 'vue';

import type { ReadingMeterView } from '../../../shared/contract/billing-views.js';
import {
  checkReading,
  type MeterSpec,
  type MeterZone,
  meterZones,
  type ReadingCheck,
  type ReadingProblem,
} from '../../../shared/domain/readings.js';
import { isWarning } from './problem-text.js';

export interface ZoneDraft {
  value: string;
  confirmRollover: boolean;
  confirmJump: boolean;
  /** What the service said about the last submission of this value. */
  serverProblems: ReadingProblem[];
}

export interface ZoneState {
  zone: MeterZone;
  draft: ZoneDraft;
  /** The typed value normalised (point separator), null when it is not a number. */
  value: string | null;
  /** Problems that block sending. */
  errors: ReadingProblem[];
  /** Problems the person may confirm (rollover, jump), confirmed or not. */
  warnings: ReadingProblem[];
  /** True while errors remain or a warning is unconfirmed. */
  blocked: boolean;
}

type Zoned = { zone: MeterZone; value: string | null };
const emptyDraft: ZoneDraft = Object.freeze({
  value: '',
  confirmRollover: false,
  confirmJump: false,
  serverProblems: [],
}) as ZoneDraft;

function meterSpec(meter: ReadingMeterView): MeterSpec {
  const { zones, digitCapacity, fractionDigits } = meter;
  return { zones: zones as MeterSpec['zones'], digitCapacity, fractionDigits };
}

function valueFor(list: Zoned[], zone: MeterZone): string | null {
  return list.find((item) => item.zone === zone)?.value ?? null;
}

function localCheck(meter: ReadingMeterView, zone: MeterZone, value: string): ReadingCheck {
  const input = {
    meter: meterSpec(meter),
    value,
    previous: valueFor(meter.previous, zone),
    averageMonthly: valueFor(meter.averageMonthly, zone),
  };
  try {
    return checkReading(input);
  } catch {
    // Stored figures that are not numbers must not stop typing: check the format alone.
    return checkReading({ ...input, previous: null, averageMonthly: null });
  }
}

function withoutRepeats(local: ReadingProblem[], server: ReadingProblem[]): ReadingProblem[] {
  return [...local, ...server.filter((s) => !local.some((l) => l.code === s.code))];
}

export function useReadingDrafts() {
  const drafts = reactive<Record<string, ZoneDraft>>({});
  /** Set by a submit attempt: from then on an empty zone of a typed meter is an error. */
  const attempted = ref(false);
  const key = (meterId: number, zone: MeterZone) => `${meterId}:${zone}`;

  function draftOf(meterId: number, zone: MeterZone): ZoneDraft {
    return drafts[key(meterId, zone)] ?? emptyDraft;
  }

  function zonesOf(meter: ReadingMeterView): MeterZone[] {
    return meterZones(meterSpec(meter));
  }

  function isTyped(meter: ReadingMeterView): boolean {
    return zonesOf(meter).some((zone) => draftOf(meter.meterId, zone).value.trim() !== '');
  }

  function zoneState(meter: ReadingMeterView, zone: MeterZone): ZoneState {
    const draft = draftOf(meter.meterId, zone);
    const check = localCheck(meter, zone, draft.value);
    const showEmpty = attempted.value && isTyped(meter);
    const localErrors = check.errors.filter((p) => p.code !== 'empty' || showEmpty);
    const server = draft.serverProblems;
    const errors = withoutRepeats(
      localErrors,
      server.filter((p) => !isWarning(p)),
    );
    const warnings = withoutRepeats(check.warnings, server.filter(isWarning));
    const confirmed = (p: ReadingProblem) =>
      p.code === 'rollover' ? draft.confirmRollover : draft.confirmJump;
    const blocked = errors.length > 0 || warnings.some((w) => !confirmed(w));
    return { zone, draft, value: check.value, errors, warnings, blocked };
  }

  function meterStates(meter: ReadingMeterView): ZoneState[] {
    return zonesOf(meter).map((zone) => zoneState(meter, zone));
  }

  function setValue(meterId: number, zone: MeterZone, value: string): void {
    drafts[key(meterId, zone)] = {
      value,
      confirmRollover: false,
      confirmJump: false,
      serverProblems: [],
    };
  }

  function setConfirmed(
    meterId: number,
    zone: MeterZone,
    which: 'rollover' | 'jump',
    on: boolean,
  ): void {
    const draft = { ...draftOf(meterId, zone) };
    if (which === 'rollover') draft.confirmRollover = on;
    else draft.confirmJump = on;
    drafts[key(meterId, zone)] = draft;
  }

  /** The meter's confirmations as the contract takes them (per meter, not per zone). */
  function confirmedFlags(meter: ReadingMeterView): { rollover: boolean; jump: boolean } {
    const drafted = zonesOf(meter).map((zone) => draftOf(meter.meterId, zone));
    return {
      rollover: drafted.some((d) => d.confirmRollover),
      jump: drafted.some((d) => d.confirmJump),
    };
  }

  /** The typed values, one per zone, as typed (trimmed): the service checks them again. */
  function valuesOf(meter: ReadingMeterView): { zone: MeterZone; value: string }[] {
    return zonesOf(meter).map((zone) => ({
      zone,
      value: draftOf(meter.meterId, zone).value.trim(),
    }));
  }

  function setServerProblems(
    meterId: number,
    problems: { zone: MeterZone; problem: ReadingProblem }[],
  ): void {
    const zones = new Set(problems.map((p) => p.zone));
    for (const zone of zones) {
      drafts[key(meterId, zone)] = {
        ...draftOf(meterId, zone),
        serverProblems: problems.filter((p) => p.zone === zone).map((p) => p.problem),
      };
    }
  }

  function clearMeter(meterId: number): void {
    for (const k of Object.keys(drafts)) if (k.startsWith(`${meterId}:`)) delete drafts[k];
  }

  /** Forgets everything typed (another account, another visitor). */
  function clearAll(): void {
    for (const k of Object.keys(drafts)) delete drafts[k];
    attempted.value = false;
  }

  return {
    attempted,
    zonesOf,
    isTyped,
    zoneState,
    meterStates,
    setValue,
    setConfirmed,
    confirmedFlags,
    valuesOf,
    setServerProblems,
    clearMeter,
    clearAll,
  };
}

export type ReadingDrafts = ReturnType<typeof useReadingDrafts>;
