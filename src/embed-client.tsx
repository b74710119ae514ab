// Entry of the prerendered embed pages (embed/<chart>.html). The chart is already in the HTML,
// so nothing here stands between the reader and it: the styles come with this entry (the
// page's own <link>s, which the first paint waits for anyway), the host hears the page's height
// at once, and the code that hydrates is fetched after the first paint when the address asks
// for filters, a theme or a language, else when the reader reaches for the chart.
import "./styles.css";
import "./shells/embed/embed.css";
import { startHeightMessages } from "./shells/embed/height";
import { afterFirstPaint, whenReached } from "./shells/pageReady";

const root = document.getElementById("root");
if (root) {
  startHeightMessages(root.dataset.chart ?? "");
  const hydrate = () => void import("./shells/embed/hydrate").then((m) => m.hydratePage(root));
  void (window.location.search ? afterFirstPaint() : whenReached(root)).then(hydrate);
}
