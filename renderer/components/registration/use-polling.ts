// Calls `poll` every `intervalMs` while the component lives (one call at a time).
import { onBeforeUnmount, onMounted } from 'vue';

export function usePolling(poll: () => Promise<void>, intervalMs: number): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const next = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      void poll().finally(next);
    }, intervalMs);
  };
  onMounted(next);
  onBeforeUnmount(() => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
  });
}
