// What every membership chart view takes besides its own state and callbacks.
import type { ReactNode, Ref } from "react";
import type { Language } from "../../domain";
import type { Translate } from "../../i18n";

export interface ChartViewProps<State> {
  state: State;
  t: Translate;
  lang: Language;
  toolbar?: ReactNode;
  /** What the data left out, shown inside the frame above the drawing. */
  notice?: ReactNode;
  /** 2 right under an embed's h1, 3 under the explorer's section heading. */
  level?: 2 | 3;
  /** Where the chart measures its width. */
  bodyRef?: Ref<HTMLDivElement>;
}
