// Loading this module makes the English strings of the membership charts available; it is
// imported by what shows them, before they render, and by the unit tests at setup.
import { addEnglish } from "./index";
import { enMembership } from "./en.membership";

addEnglish(enMembership);
