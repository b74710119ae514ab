// Loading this module makes the English strings of data problems available; the notice, the
// list and the download note load it with themselves, and the unit tests at setup.
import { addEnglish } from "./index";
import { enProblems } from "./en.problems";

addEnglish(enProblems);
