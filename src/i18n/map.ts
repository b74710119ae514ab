// Loading this module makes the English strings of the map view available; it is imported
// by what shows them, before they render, and by the unit tests at setup.
import { addEnglish } from "./index";
import { enMap } from "./en.map";

addEnglish(enMap);
