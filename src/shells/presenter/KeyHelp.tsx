// The key help overlay ("?"): what each key and clicker button does.
import { useEffect, useRef } from "react";
import { useT } from "../../i18n";
import type { MessageKey } from "../../i18n/en";

const ROWS: [string, MessageKey][] = [
  ["→  Space  PgDn  ↓", "present.keys.next"],
  ["←  PgUp  ↑", "present.keys.prev"],
  ["Home  End", "present.keys.firstLast"],
  ["1 2 … Enter", "present.keys.jump"],
  ["P", "present.keys.play"],
  ["B  .", "present.keys.blackout"],
  ["F", "present.keys.fullscreen"],
  ["S", "present.keys.notes"],
  ["?", "present.keys.help"],
];

export function KeyHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="presenter__help" role="dialog" aria-modal="true" aria-labelledby="presenter-help-title">
      <div className="presenter__help-box">
        <h2 id="presenter-help-title">{t("present.help")}</h2>
        <dl>
          {ROWS.map(([keys, label]) => (
            <div key={label} className="presenter__help-row">
              <dt><kbd>{keys}</kbd></dt>
              <dd>{t(label)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" ref={close} onClick={onClose}>{t("present.close")}</button>
      </div>
    </div>
  );
}
