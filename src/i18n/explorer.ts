// Loading this module makes the English strings of the explorer shell available; it is imported
// by what shows them, before they render, and by the unit tests at setup.
import { addEnglish } from "./index";
import { enExplorer } from "./en.explorer";

addEnglish(enExplorer);
