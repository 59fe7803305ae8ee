import { randomUUID } from 'node:crypto';

import type { RunningCentral } from '../../../../../server/start.js';
import {
  PUSH_PATH,
  pushResponseSchema,
  type ReadingSubmitPayload,
} from '../../../../../shared/sync/push.js';
import { enrolOverHttp } from '../../support/harness.js';

/** Another device of the region (a counter) that pushes readings straight over HTTP. */
export async function otherCounter(central: RunningCentral) {
  const { token } = await enrolOverHttp(central, 'counter');
  let seq = 0;
  return {
    /** Pushes one reading; resolves with the server's result. */
    async push(payload: Omit<ReadingSubmitPayload, 'userId' | 'source'>) {
      seq += 1;
      const response = await fetch(`${central.url}${PUSH_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Device ${token}` },
        body: JSON.stringify({
          mutations: [
            {
              seq,
              id: randomUUID(),
              kind: 'reading.submit',
              payload: { ...payload, userId: null, source: 'counter' },
            },
          ],
        }),
      });
      if (!response.ok) throw new Error(`push failed: ${response.status}`);
      return pushResponseSchema.parse(await response.json()).results[0]!;
    },
  };
}
