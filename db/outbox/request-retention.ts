import type { Database } from 'better-sqlite3';

/**
 * Retention: a settled request's text and contact leave the outbox (applied: the server has
 * them; rejected: they will never be sent), so no resident's words outlive their push on a
 * kiosk. One statement over the batch's range of local seqs; call it inside the transaction that
 * records the results.
 * @param seqs local seqs of the settled mutations.
 */
export function forgetSettledRequestText(db: Database, seqs: number[]): void {
  if (seqs.length === 0) return;
  db.prepare(
    `UPDATE outbox SET payload = json_set(payload, '$.body', NULL, '$.contact', NULL)
      WHERE seq BETWEEN ? AND ? AND kind = 'request.create' AND status <> 'queued'
        AND json_extract(payload, '$.body') IS NOT NULL`,
  ).run(Math.min(...seqs), Math.max(...seqs));
}
