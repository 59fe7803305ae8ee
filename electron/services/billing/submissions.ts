import type { ReadingSubmission } from '../../../db/outbox/reading-submissions.js';
import type { SubmissionView } from '../../../shared/contract/billing-views.js';
import { normalizeDecimal } from '../../../shared/domain/decimal.js';
import type { MeterZone } from '../../../shared/domain/readings.js';
import type { SyncRow } from '../../../shared/sync/protocol.js';

const zoneOrder: readonly MeterZone[] = ['single', 'T1', 'T2', 'T3'];
const byZone = (a: { zone: MeterZone }, b: { zone: MeterZone }) =>
  zoneOrder.indexOf(a.zone) - zoneOrder.indexOf(b.zone);

/** A reading entered through some device, with the period it counts (or will count) for. */
export interface MeterSubmission {
  view: SubmissionView;
  /** The server's period once applied; before that, the one the supplier's window predicts. */
  period: string;
  /** This device's own outbox entry (queued or applied ones are a base for the next check). */
  own: boolean;
}

/**
 * A meter's submissions, newest first: this device's outbox entries (queued, applied, rejected
 * with the server's reason) and readings other devices submitted, as pulled (one row per zone,
 * grouped by submission). `expectedPeriod` tells the period a reading entered at a moment counts
 * for by the supplier's window.
 */
export function meterSubmissions(
  meterId: number,
  own: readonly ReadingSubmission[],
  pulled: readonly SyncRow<'reading'>[],
  expectedPeriod: (enteredAt: string) => string,
): MeterSubmission[] {
  const result: MeterSubmission[] = [];
  const ownIds = new Set<string>();
  for (const entry of own) {
    if (entry.payload.meterId !== meterId) continue;
    ownIds.add(entry.id);
    const applied = entry.status === 'applied' ? entry.period : null;
    result.push({
      view: {
        submissionId: entry.id,
        values: entry.payload.values
          .map((v) => ({ zone: v.zone, value: normalizeDecimal(v.value) ?? v.value }))
          .sort(byZone),
        enteredAt: entry.payload.enteredAt,
        status: entry.status,
        reason: entry.reason?.message ?? null,
        period: applied,
      },
      period: applied ?? expectedPeriod(entry.payload.enteredAt),
      own: true,
    });
  }
  const others = new Map<string, SyncRow<'reading'>[]>();
  for (const r of pulled) {
    if (r.meterId !== meterId || r.submissionId === null || ownIds.has(r.submissionId)) continue;
    others.set(r.submissionId, [...(others.get(r.submissionId) ?? []), r]);
  }
  for (const [submissionId, rows] of others) {
    const first = rows[0]!;
    const status = first.status === 'accepted' ? 'applied' : 'rejected';
    result.push({
      view: {
        submissionId,
        values: rows.map((r) => ({ zone: r.zone, value: r.value })).sort(byZone),
        enteredAt: first.enteredAt,
        status,
        reason: null,
        period: status === 'applied' ? first.period : null,
      },
      period: first.period,
      own: false,
    });
  }
  return result.sort((a, b) => Date.parse(b.view.enteredAt) - Date.parse(a.view.enteredAt));
}
