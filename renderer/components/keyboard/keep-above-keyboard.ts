// Keeps what a resident must see above the docked keyboard: the field being typed into and any
// error (role="alert") that appears in the form. app.css pads the scrollport by the keyboard's
// height, so scrolling "nearest" stops just above it.
import { type MaybeRefOrGetter, nextTick, onBeforeUnmount, onMounted, toValue } from 'vue';

export function useKeepAboveKeyboard(
  root: MaybeRefOrGetter<HTMLElement | null>,
  keyboardShown: () => boolean,
): (element: Element | null | undefined) => void {
  function reveal(element: Element | null | undefined): void {
    if (!element || !keyboardShown()) return;
    // After the next render: the keyboard may only now be coming back.
    void nextTick(() => element.scrollIntoView({ block: 'nearest' }));
  }

  const alerts = new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) {
      if (node instanceof Element) {
        reveal(node.matches('[role="alert"]') ? node : node.querySelector('[role="alert"]'));
      }
    }
  });

  onMounted(() => {
    const observed = toValue(root);
    if (observed) alerts.observe(observed, { childList: true, subtree: true });
  });
  onBeforeUnmount(() => alerts.disconnect());

  return reveal;
}
