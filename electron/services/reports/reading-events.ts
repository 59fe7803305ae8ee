import type { ReadingSubmission } from '../../../db/outbox/reading-submissions.js';
import { normalizeDecimal } from '../../../shared/domain/decimal.js';
import type { SyncRow } from '../../../shared/sync/protocol.js';

type Reading = SyncRow<'reading'>;
export type ReadingSource = Reading['source'];
export type Zone = Reading['zone'];

/** One zone's reading as the reports show it, wherever it is known from. */
export interface ReadingEvent {
  key: string;
  meterId: number;
  zone: Zone;
  value: string;
  enteredAt: string;
  /** The billing period it counts for; null while the server has not said. */
  period: string | null;
  status: 'accepted' | 'queued' | 'rejected';
  /** The server's reason (Russian) for a rejection, when this device knows it. */
  reason: string | null;
  source: ReadingSource;
}

const zoneOrder: readonly Zone[] = ['single', 'T1', 'T2', 'T3'];

/** Sorts zones of one meter the way the meter shows them. */
export function compareZones(a: Zone, b: Zone): number {
  return zoneOrder.indexOf(a) - zoneOrder.indexOf(b);
}

/**
 * Every reading of the meters in `meterIds`: the pulled ones (accepted, rejected, and the
 * calculated average/normative ones) and this device's own submissions the pull has not brought
 * yet — queued ("Ожидает отправки"), applied (shown as accepted) or rejected with the server's
 * reason. A submission already pulled is shown once, from the pull, with the outbox's reason.
 */
export function readingEvents(
  readings: readonly Reading[],
  submissions: readonly ReadingSubmission[],
  meterIds: ReadonlySet<number>,
): ReadingEvent[] {
  const byId = new Map(submissions.map((s) => [s.id, s]));
  const pulledSubmissions = new Set<string>();
  const events: ReadingEvent[] = [];
  for (const r of readings) {
    if (!meterIds.has(r.meterId)) continue;
    const own = r.submissionId ? byId.get(r.submissionId) : undefined;
    if (r.submissionId) pulledSubmissions.add(r.submissionId);
    events.push({
      key: r.id,
      meterId: r.meterId,
      zone: r.zone,
      value: normalizeDecimal(r.value) ?? r.value,
      enteredAt: r.enteredAt,
      period: r.period,
      status: r.status,
      reason: r.status === 'rejected' ? (own?.reason?.message ?? null) : null,
      source: r.source,
    });
  }
  for (const s of submissions) {
    if (pulledSubmissions.has(s.id) || !meterIds.has(s.payload.meterId)) continue;
    for (const v of s.payload.values) {
      events.push({
        key: `${s.id}:${v.zone}`,
        meterId: s.payload.meterId,
        zone: v.zone,
        value: normalizeDecimal(v.value) ?? v.value,
        enteredAt: s.payload.enteredAt,
        period: s.period,
        status: s.status === 'applied' ? 'accepted' : s.status,
        reason: s.status === 'rejected' ? (s.reason?.message ?? null) : null,
        source: s.payload.source,
      });
    }
  }
  return events;
}
