// Loading this module makes the English strings of the list of disagreements
// available; the list imports it before it renders.
import { addEnglish } from "./index";
import { enConflicts } from "./en.conflicts";

addEnglish(enConflicts);
