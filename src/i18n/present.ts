// Loading this module makes the presenter's English strings available; the presenter's entry
// loads it with the shell, and the unit tests at setup.
import { addEnglish } from "./index";
import { enPresent } from "./en.present";

addEnglish(enPresent);
