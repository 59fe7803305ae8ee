import { z } from 'zod';

const cursorSchema = z
  .object({ v: z.literal(1), rev: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) })
  .strict();

/** Encodes the highest rev a device has applied as an opaque cursor: base64url of {"v":1,"rev":N}. */
export function encodeCursor(rev: number): string {
  return Buffer.from(JSON.stringify({ v: 1, rev }), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor; empty or absent means "from the start" (rev 0).
 * Returns null for anything that is not a cursor this service issued.
 */
export function decodeCursor(cursor: string | undefined): number | null {
  if (cursor === undefined || cursor === '') return 0;
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  try {
    const parsed = cursorSchema.safeParse(
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')),
    );
    return parsed.success ? parsed.data.rev : null;
  } catch {
    return null;
  }
}
