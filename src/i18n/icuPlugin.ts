// Build step: every message catalogue (src/i18n/<language>.ts, <language>.<shell>.ts) is parsed into ICU syntax trees
// when the app is built, and the message parser is swapped for its parser-free build. The
// page then ships the formatter alone, about a third of intl-messageformat with its parser.
// Messages without arguments stay plain strings, which the translator returns as they are.
// Development and the unit tests keep the strings and parse them on first use.
import { Buffer } from "node:buffer";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { transformWithOxc, type Plugin } from "vite";
import { LANGUAGES } from "../domain/vocabulary.ts";

export type CompiledMessage = string | MessageFormatElement[];

const CATALOGUE = new RegExp(`[\\\\/]src[\\\\/]i18n[\\\\/](${LANGUAGES.join("|")})(\\.[a-z]+)?\\.ts$`);

// Fields the formatter reads with a default when absent (no offset, cardinal plurals, no number
// style): dropped, as every byte of the English catalogue is in the explorer's first load.
const DEFAULTS: Record<string, unknown> = { offset: 0, pluralType: "cardinal", style: null };
const withoutDefaults = (_key: string, value: unknown) =>
  value && typeof value === "object" && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).filter(([k, v]) => !(k in DEFAULTS && DEFAULTS[k] === v)))
    : value;

/** A message as the translator takes it: the literal text, or its syntax tree. */
export function compileMessage(message: string): CompiledMessage {
  // Tags are not ICU tags here: "<" in a message is text.
  const ast: MessageFormatElement[] = JSON.parse(JSON.stringify(parse(message, { ignoreTag: true })), withoutDefaults);
  if (ast.length === 0) return "";
  const [only] = ast;
  // A literal that contains a brace must go as a tree: a string with "{" would be parsed again.
  return ast.length === 1 && only.type === TYPE.literal && !only.value.includes("{") ? only.value : ast;
}

export function compileCatalogue(messages: Record<string, string>): Record<string, CompiledMessage> {
  return Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, compileMessage(message)]));
}

export function icuMessages(): Plugin {
  return {
    name: "atlas-icu-messages",
    apply: "build",
    enforce: "pre",
    config: () => ({
      resolve: {
        alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: "@formatjs/icu-messageformat-parser/no-parser.js" }],
      },
    }),
    async transform(code, id) {
      if (!CATALOGUE.test(id)) return null;
      // A catalogue is one object literal of strings: run it as a module and write the result back.
      const js = await transformWithOxc(code, id, { lang: "ts" });
      const catalogue: Record<string, unknown> = await import(`data:text/javascript;base64,${Buffer.from(js.code).toString("base64")}`);
      return {
        code: Object.entries(catalogue)
          .map(([name, messages]) => `export const ${name} = ${JSON.stringify(compileCatalogue(messages as Record<string, string>))};`)
          .join("\n"),
        map: null,
      };
    },
  };
}
