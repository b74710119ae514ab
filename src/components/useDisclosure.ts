// A <details> whose contents React makes only while it is open. On a page drawn at build time
// the reader may open it before the page's script has run: that toggle happened before React
// listened, so once React has the element it reads the element's own state.
import { useCallback, useEffect, useRef, useState, type SyntheticEvent } from "react";

export function useDisclosure(initial = false) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(initial);
  useEffect(() => {
    if (ref.current?.open) setOpen(true);
  }, []);
  const onToggle = useCallback((e: SyntheticEvent<HTMLDetailsElement>) => setOpen(e.currentTarget.open), []);
  return { ref, open, setOpen, onToggle };
}
