// Calls `onIdle` after `seconds()` without pointer, touch, wheel or key activity anywhere in the
// window. Listeners and the timer live as long as the calling component.
import { onBeforeUnmount, onMounted } from 'vue';

const activityEvents = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel'] as const;

export interface Inactivity {
  /** Stops watching until resume() (e.g. while a warning is on screen). */
  pause(): void;
  /** Starts a fresh idle period. */
  resume(): void;
}

export function useInactivity(seconds: () => number, onIdle: () => void): Inactivity {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let paused = false;

  function clear(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function restart(): void {
    clear();
    const limit = seconds();
    if (paused || limit <= 0) return;
    timer = setTimeout(() => {
      timer = null;
      onIdle();
    }, limit * 1000);
  }

  const onActivity = () => {
    if (!paused) restart();
  };

  onMounted(() => {
    for (const name of activityEvents) {
      window.addEventListener(name, onActivity, { capture: true, passive: true });
    }
    restart();
  });

  onBeforeUnmount(() => {
    for (const name of activityEvents) window.removeEventListener(name, onActivity, true);
    clear();
  });

  return {
    pause() {
      paused = true;
      clear();
    },
    resume() {
      paused = false;
      restart();
    },
  };
}
