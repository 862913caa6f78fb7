/**
 * Browsers keep what was typed in form fields with each history entry (to refill them on back and
 * forward), and Chromium writes that into its session files (`Sessions/Session_*`, `Tabs_*`) —
 * where a deleted case's or study's text would outlive the delete (e2e/purge.spec.ts found a
 * study's element name there). A field with `autocomplete="off"` is not kept. Every text field
 * of the app gets it, including fields views add later; a field that sets its own autocomplete
 * (a new passphrase, which browsers never keep anyway) is left as it is.
 */
const FIELDS = 'input, textarea, select';

function mark(el: Element): void {
  if (el.matches(FIELDS) && !el.hasAttribute('autocomplete')) el.setAttribute('autocomplete', 'off');
}

export function keepFieldsOutOfBrowserHistory(root: HTMLElement = document.documentElement): () => void {
  root.querySelectorAll(FIELDS).forEach(mark);
  const observer = new MutationObserver((changes) => {
    for (const change of changes)
      for (const node of change.addedNodes) {
        if (!(node instanceof Element)) continue;
        mark(node);
        node.querySelectorAll(FIELDS).forEach(mark);
      }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
