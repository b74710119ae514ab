// The key help ("?"): what each key and clicker button does, in a native modal dialog.
import { useT } from "../../i18n";
import type { MessageKey } from "../../i18n/en";
import { Modal } from "./Modal";

const ROWS: [string, MessageKey][] = [
  ["N  Space  PgDn  →  ↓", "present.keys.next"],
  ["P  PgUp  ←  ↑", "present.keys.prev"],
  ["Home  End", "present.keys.firstLast"],
  ["G 1 2 … Enter", "present.keys.jump"],
  ["O  Esc", "present.keys.overview"],
  ["B  .", "present.keys.blackout"],
  ["W", "present.keys.whiteout"],
  ["A", "present.keys.play"],
  ["F", "present.keys.fullscreen"],
  ["S", "present.keys.notes"],
  ["?", "present.keys.help"],
];

export function KeyHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <Modal className="presenter__dialog presenter__help" labelledBy="presenter-help-title" onClose={onClose}>
      <h2 id="presenter-help-title">{t("present.help")}</h2>
      <dl>
        {ROWS.map(([keys, label]) => (
          <div key={label} className="presenter__help-row">
            <dt><kbd>{keys}</kbd></dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" autoFocus onClick={onClose}>{t("present.close")}</button>
    </Modal>
  );
}
