// Data problems as a table: dataset, record, field and what is wrong, one row each. Text from
// the data is rendered as text, never as HTML.
import type { DataProblem } from "../data/problems";
import { useT } from "../i18n";

export function ProblemList({ problems, caption }: { problems: readonly DataProblem[]; caption: string }) {
  const t = useT();
  return (
    <table className="problem-list">
      <caption>{caption}</caption>
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
  );
}
