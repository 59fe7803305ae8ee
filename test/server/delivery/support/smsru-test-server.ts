import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server speaking SMS.ru's sms/send protocol (json=1), scripted per number. */

export const API_ID = 'A3CA597E-3ACF-4E7D-82EE-CF82B52B1A8B';

export interface SmsRuCall {
  method: string;
  path: string;
  query: string;
  form: URLSearchParams;
}

/** How the server answers a number: normal SMS.ru behaviour unless a test scripts otherwise. */
export type Scripted =
  | { kind: 'status'; code: number }
  | { kind: 'top-level'; code: number }
  | { kind: 'http'; status: number }
  | { kind: 'hang' }
  | { kind: 'garbage' };

export interface TestSmsRu {
  url: string;
  calls: SmsRuCall[];
  script: Map<string, Scripted>;
  close(): Promise<void>;
}

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function handle(
  form: URLSearchParams,
  script: Map<string, Scripted>,
  response: ServerResponse,
  serial: number,
) {
  const to = form.get('to') ?? '';
  if (form.get('api_id') !== API_ID) {
    return answer(response, 200, {
      status: 'ERROR',
      status_code: 200,
      status_text: 'Неправильный api_id',
    });
  }
  const scripted = script.get(to);
  if (scripted?.kind === 'hang') return;
  if (scripted?.kind === 'http') return answer(response, scripted.status, 'Internal Server Error');
  if (scripted?.kind === 'garbage') return answer(response, 200, '<html>oops</html>');
  if (scripted?.kind === 'top-level') {
    return answer(response, 200, {
      status: 'ERROR',
      status_code: scripted.code,
      status_text: 'Ошибка',
    });
  }
  const entry =
    scripted?.kind === 'status'
      ? { status: 'ERROR', status_code: scripted.code, status_text: 'Ошибка' }
      : { status: 'OK', status_code: 100, sms_id: `000000-${String(serial).padStart(8, '0')}` };
  return answer(response, 200, {
    status: 'OK',
    status_code: 100,
    sms: { [to]: entry },
    balance: 4122.56,
  });
}

export async function startTestSmsRu(): Promise<TestSmsRu> {
  const calls: SmsRuCall[] = [];
  const script = new Map<string, Scripted>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      calls.push({ method: request.method ?? '', path: url.pathname, query: url.search, form });
      if (url.pathname !== '/sms/send') return answer(response, 404, 'not found');
      if (script.get(form.get('to') ?? '')?.kind === 'hang') hanging.add(response);
      handle(form, script, response, calls.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    script,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
