/**
 * The one DOM helper every browser script shares. Text is always set as text (never HTML), so
 * no data — a query, a policy title, a vocabulary entry — can inject markup.
 */

export type Child = Node | string | null | undefined | false;

/** Attribute values: a string sets it, `true` sets it empty, `false`/`undefined` leave it off. */
export type Attrs = Record<string, string | boolean | undefined>;

/** An element with attributes (`class` sets the class name) and text or element children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') node.className = String(v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

/**
 * Defines a custom element once. Browser scripts are small custom elements scoped to their own
 * root (`<suxi-search>`, `<suxi-finder>` …): they find their parts inside `this`, not in the
 * whole document, and start when the element connects, so a page can hold several or none.
 */
export function define(name: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, ctor);
}

/**
 * Ends the current task and resumes in a new one, so that a long job (the search page's
 * understanding and rendering) leaves the browser free to paint and answer input between its
 * parts: `scheduler.yield()` where the browser has it, else a zero-delay timer.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resumes after the browser has painted what is in the DOM now (the frame after the next
 * animation frame), or after `limit` ms where frames do not run (a hidden tab).
 */
export function afterPaint(limit = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, limit);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
