// Entry of the prerendered embed pages (embed/<chart>.html). The chart is already in the HTML,
// so nothing here stands between the reader and it: the styles come with this entry (the
// page's own <link>s, which the first paint waits for anyway), and the code that hydrates is
// fetched only once that first paint is on screen.
import "./styles.css";
import "./shells/embed/embed.css";

const root = document.getElementById("root");
// A task queued from a frame callback runs once that frame has been painted.
if (root) requestAnimationFrame(() => setTimeout(() => void import("./shells/embed/hydrate").then((m) => m.hydratePage(root))));
