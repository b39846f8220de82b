import { RISKS } from "../example/risks";
import type { Risk } from "./risks-tool";

/** The risks of the worked example, Riverside Fresh Start, as its partners assessed them before signing the agreement. */
export function risksExample(): Risk[] {
  return RISKS.map((risk, i) => ({ id: `example-risk-${i + 1}`, ...risk }));
}
