import type { EventName, EventPayload } from '../../shared/contract/methods.js';
import { describeError, type Log, silentLog } from './log.js';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface EventHub {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Subscribes; returns the unsubscribe function. */
  on(listener: EventListener): () => void;
}

/** Fans main-process events out to the platform (IPC) or the preview bridge. */
export function createEventHub(log: Log = silentLog): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      for (const listener of [...listeners]) {
        try {
          listener(event, payload);
        } catch (error) {
          log('error', 'event listener threw', { event, ...describeError(error) });
        }
      }
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
