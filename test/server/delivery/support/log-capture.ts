import { Writable } from 'node:stream';

import pino from 'pino';

import { centralLoggerOptions } from '../../../../server/logging.js';

/** A pino logger with the service's redaction, writing into memory for the test to read. */
export function captureLog(): { log: pino.Logger; stream: Writable; text(): string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const log = pino(centralLoggerOptions('trace', undefined), stream);
  return { log, stream, text: () => lines.join('') };
}
