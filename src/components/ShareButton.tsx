// The Share button; its dialog (links, iframe code, copy) loads on first use.
import { Suspense, lazy, useRef, useState } from "react";
import { useT } from "../i18n";

const ShareDialog = lazy(() => import("./ShareDialog"));

export function ShareButton() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button type="button" ref={button} className="share-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>{t("share.button")}</button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog dialogRef={dialog} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
