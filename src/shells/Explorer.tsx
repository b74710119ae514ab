// The explorer: first screen listing the conferences and counting events per year.
import { useT } from "../i18n";
import { useEvents } from "../views/useEvents";
import { StatusPanel } from "../components/StatusPanel";
import { eventsPerYear } from "../selectors/perYear";

export default function Explorer() {
  const t = useT();
  const { loaded, filtered, filters } = useEvents();
  return (
    <main className="explorer">
      <h1>{t("app.title")}</h1>
      <p>{t("app.tagline")}</p>
      {loaded.status !== "ready" || !filtered ? (
        <StatusPanel loading={loaded.status === "loading"} problems={loaded.status === "error" ? loaded.problems : []} />
      ) : (
        <>
          <h2>{t("first.conferences")}</h2>
          <ol>
            {filtered.filter((e) => e.kind === "conference").map((e) => (
              <li key={e.id}>{e.title} — {e.place?.name}, {e.date.start}</li>
            ))}
          </ol>
          <h2>{t("first.perYear")}</h2>
          <ul>
            {eventsPerYear(filtered, filters.from, filters.to).filter((r) => r.total).map((r) => (
              <li key={r.year}>{r.year}: {r.total}</li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
