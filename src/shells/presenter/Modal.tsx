// A native modal <dialog> (showModal): the browser keeps focus inside it, makes the page behind
// inert, closes it on Esc and returns focus to where it was. Rendered only while open.
import { useEffect, useRef, type ReactNode, type RefObject } from "react";

export function Modal({ className, labelledBy, onClose, initialFocus, children }: {
  className: string;
  labelledBy: string;
  onClose: () => void;
  /** Focused once open; else the browser focuses the first control. */
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement as HTMLElement | null;
    // Environments without showModal (older test DOMs) get an open, non-modal dialog.
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    initialFocus?.current?.focus();
    const onCloseEvent = () => close.current();
    dialog.addEventListener("close", onCloseEvent);
    return () => {
      dialog.removeEventListener("close", onCloseEvent);
      if (dialog.open && typeof dialog.close === "function") dialog.close();
      previous?.focus?.();
    };
  }, []);
  return (
    <dialog ref={ref} className={className} aria-labelledby={labelledBy}>
      {children}
    </dialog>
  );
}
