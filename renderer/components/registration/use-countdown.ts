// Seconds left until a moment (ms since epoch), ticking once a second while the component lives.
import { computed, type ComputedRef, onBeforeUnmount, onMounted, ref } from 'vue';

export function useCountdown(moment: () => number): ComputedRef<number> {
  const now = ref(Date.now());
  let timer: ReturnType<typeof setInterval> | null = null;
  onMounted(() => {
    timer = setInterval(() => (now.value = Date.now()), 1000);
  });
  onBeforeUnmount(() => {
    if (timer !== null) clearInterval(timer);
  });
  return computed(() => Math.max(0, Math.ceil((moment() - now.value) / 1000)));
}
