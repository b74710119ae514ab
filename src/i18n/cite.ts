// Loading this module makes the English strings of the citation dialog
// available; the dialog imports it before it renders.
import { addEnglish } from "./index";
import { enCite } from "./en.cite";

addEnglish(enCite);
