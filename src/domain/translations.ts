// Records carry their own wording in the documents' language and, where the data has them,
// translations per interface language. One lookup for every record kind.
import type { Language } from "./vocabulary";

type Field = "title" | "summary";
type Translatable<F extends Field> = { [K in F]?: string } & {
  translations?: Partial<Record<Language, { [K in Field]?: string }>>;
};

/** The record's `field` in `lang` where the data has it, else as the documents give it. */
export function translated<F extends Field>(item: Translatable<F>, field: F, lang: Language): string {
  return item.translations?.[lang]?.[field] ?? item[field] ?? "";
}
