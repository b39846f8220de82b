/**
 * Prints the tool whose section has `id` and nothing of the guide page around it: while the print dialog is open the
 * page and the section are marked, and the print styles keep only that section.
 */
export function printOnly(id: string): void {
  const root = document.documentElement;
  const section = document.getElementById(id);
  root.dataset.printTool = id;
  section?.setAttribute("data-print-target", "");
  const done = () => {
    delete root.dataset.printTool;
    section?.removeAttribute("data-print-target");
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
}
