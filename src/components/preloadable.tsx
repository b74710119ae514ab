// A component whose code loads on demand (React.lazy) and which can be loaded beforehand: the
// build's render cannot wait for code (renderToString does not suspend), and a page about to
// hydrate may want a view's code in hand so that it hydrates in one pass.
import { lazy, type ComponentType } from "react";

export interface Preloadable<P> {
  (props: P): React.JSX.Element;
  /** Loads the code; from then on the component renders without suspending. */
  preload(): Promise<void>;
}

export function preloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): Preloadable<P> {
  const Lazy = lazy(load);
  let loaded: ComponentType<P> | null = null;
  const View = (props: P) => {
    const C = loaded ?? Lazy;
    return <C {...props} />;
  };
  View.preload = async () => {
    loaded = (await load()).default;
  };
  return View;
}
