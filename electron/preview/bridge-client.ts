// Runs in the page (preview mode only): defines `window.kabinet` over HTTP, exactly the preload's
// API, before the app's module script runs. Bundled for the browser at preview start.
import {
  createKabinetApi,
  eventNames,
  fail,
  type Invoke,
  type Result,
  type Subscribe,
} from '../../shared/contract/index.js';
import { BRIDGE_EVENTS_PATH, BRIDGE_INVOKE_PATH, BRIDGE_TOKEN_HEADER } from './bridge-paths.js';

interface EventSourceLike {
  addEventListener(type: 'message', listener: (event: { data: string }) => void): void;
}
interface BrowserGlobals {
  location: { search: string; pathname: string; hash: string };
  history: { state: unknown; replaceState(state: unknown, unused: string, url: string): void };
  EventSource: new (url: string) => EventSourceLike;
  console: { warn(...args: unknown[]): void };
}
const browser = globalThis as unknown as BrowserGlobals;

/** Reads the bridge token from `?t=` and removes it from the address bar; it lives in memory only. */
function takeToken(): string | null {
  const params = new URLSearchParams(browser.location.search);
  const token = params.get('t');
  if (token === null) return null;
  params.delete('t');
  const query = params.toString();
  const { pathname, hash } = browser.location;
  browser.history.replaceState(
    browser.history.state,
    '',
    `${pathname}${query ? `?${query}` : ''}${hash}`,
  );
  return token;
}

function isResult(value: unknown): value is Result<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}

const token = takeToken();
if (token === null) {
  browser.console.warn(
    'Kabinet preview: no bridge token in the URL; open the address the preview printed.',
  );
}

const invoke: Invoke = async (method, input) => {
  if (token === null) return fail('forbidden_sender');
  try {
    const response = await fetch(BRIDGE_INVOKE_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [BRIDGE_TOKEN_HEADER]: token },
      body: JSON.stringify({ method, input }),
      credentials: 'omit',
    });
    const body: unknown = await response.json();
    return isResult(body) ? (body as never) : fail('internal');
  } catch {
    return fail('internal');
  }
};

const listeners = new Map<string, Set<(payload: unknown) => void>>();
let source: EventSourceLike | null = null;

function connectEvents(): void {
  if (source !== null || token === null) return;
  source = new browser.EventSource(`${BRIDGE_EVENTS_PATH}?t=${encodeURIComponent(token)}`);
  source.addEventListener('message', (event) => {
    const { name, payload } = JSON.parse(event.data) as { name: string; payload: unknown };
    listeners.get(name)?.forEach((listener) => listener(payload));
  });
}

const subscribe: Subscribe = (event, listener) => {
  if (!(eventNames as readonly string[]).includes(event)) return () => undefined;
  const set = listeners.get(event) ?? new Set();
  listeners.set(event, set);
  const entry = (payload: unknown) => listener(payload as never);
  set.add(entry);
  connectEvents();
  return () => {
    set.delete(entry);
  };
};

Object.defineProperty(globalThis, 'kabinet', {
  value: createKabinetApi(invoke, subscribe),
  writable: false,
  configurable: false,
  enumerable: true,
});
