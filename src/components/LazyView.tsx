// A view whose code arrives on demand (the map, a shell, a chart in an embed): a loading panel
// while it comes, and if it cannot come (offline after a new version was published, a blocked
// file) a message in its place, while the rest of the page keeps working.
import { Component, Suspense, type ReactNode } from "react";
import { useT } from "../i18n";

class Boundary extends Component<{ children: ReactNode; fallback: ReactNode; onFailed?: () => void }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch() {
    this.props.onFailed?.();
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

// Both panels look like StatusPanel's, without importing it: this module is on the app's
// entry path, which the chart code is not.
function Loading() {
  const t = useT();
  return <div className="status status--loading" role="status">{t("status.loading")}</div>;
}

function Failed() {
  const t = useT();
  return <div className="status status--error" role="alert">{t("status.codeFailed")}</div>;
}

/** `onFailed`: the code could not come (the explorer then stops waiting for the view to draw). */
export function LazyView({ children, loading = <Loading />, onFailed }: { children: ReactNode; loading?: ReactNode; onFailed?: () => void }) {
  return (
    <Boundary fallback={<Failed />} onFailed={onFailed}>
      <Suspense fallback={loading}>{children}</Suspense>
    </Boundary>
  );
}
