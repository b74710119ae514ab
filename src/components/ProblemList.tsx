// The list of data problems as a table: dataset, record, field and what is wrong, one row each.
// Text from the data is rendered as text, never as HTML.
import "../i18n/problems";
import type { DataProblem } from "../data/problems";
import { useT } from "../i18n";

export default function ProblemSection({ problems }: { problems: readonly DataProblem[] }) {
  const t = useT();
  return (
    <section id="data-problems" className="data-problems" aria-labelledby="data-problems-title" tabIndex={-1}>
      <h2 id="data-problems-title">{t("problems.title")}</h2>
      <p>{t("problems.intro")}</p>
      <table className="problem-list">
        <caption>{t("problems.caption", { n: problems.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("problems.dataset")}</th>
            <th scope="col">{t("problems.record")}</th>
            <th scope="col">{t("problems.field")}</th>
            <th scope="col">{t("problems.message")}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td><code>{p.file}</code></td>
              <td>{p.record && <code>{p.record}</code>}</td>
              <td>{p.field && <code>{p.field}</code>}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
