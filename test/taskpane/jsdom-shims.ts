/**
 * What Fluent UI asks of the browser and jsdom lacks (matchMedia, ResizeObserver, scrollIntoView),
 * and React's act() environment flag: installed before the pane tests render (pane.test.tsx,
 * editor-ui.test.tsx). Leaves anything jsdom already has alone.
 */
export function installFluentShims(): void {
  (globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const w = window as { matchMedia?: unknown };
  if (typeof w.matchMedia !== 'function')
    w.matchMedia = (q: string) => ({
      matches: false,
      media: q,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    });
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  const proto = Element.prototype as { scrollIntoView?: unknown };
  if (typeof proto.scrollIntoView !== 'function') proto.scrollIntoView = () => undefined;
}
