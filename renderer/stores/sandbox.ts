// The delivery sandbox's viewer: what the SMS and e-mail sandbox "sent", newest first.
import { defineStore } from 'pinia';
import { ref } from 'vue';

import type { MethodOutput } from '../../shared/contract/methods.js';
import { call } from '../api/client.js';

export type SandboxMessage = MethodOutput<'sandbox.messages'>[number];

export const useSandboxStore = defineStore('sandbox', () => {
  const messages = ref<SandboxMessage[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  /** 'unavailable' where the central sends for real; 'failed' for any other refusal. */
  const problem = ref<'unavailable' | 'failed' | null>(null);

  async function load(): Promise<void> {
    if (loading.value) return;
    loading.value = true;
    try {
      const result = await call('sandbox.messages', {});
      if (result.ok) {
        messages.value = result.value;
        problem.value = null;
      } else {
        problem.value = result.error.code === 'not_found' ? 'unavailable' : 'failed';
      }
      loaded.value = true;
    } finally {
      loading.value = false;
    }
  }

  function reset(): void {
    messages.value = [];
    loaded.value = false;
    problem.value = null;
  }

  return { messages, loaded, loading, problem, load, reset };
});
