import { useState } from "preact/hooks";
import { agreementWord } from "~/lib/agreement/agreement-docx";
import { wordBlob } from "~/lib/document/docx";
import { exportFileName } from "~/lib/exports";
import { downloadBlob, todayStamp } from "../shared/download";
import { outline } from "./agreement-state";

/** Makes the Word file of the outline in the browser; `docx` is loaded only now, when the reader asks for it. */
async function downloadAgreement(): Promise<void> {
  const blob = await wordBlob(agreementWord(outline.peek()));
  downloadBlob(exportFileName("partnership agreement", todayStamp(), "docx"), blob);
}

/** The button that downloads the outline as a Word document, and what it is doing, in words. */
export function DownloadAgreement() {
  const [said, setSaid] = useState("");
  const onClick = async () => {
    setSaid("Making the Word file…");
    try {
      await downloadAgreement();
      setSaid("The Word file is downloaded.");
    } catch (error) {
      setSaid(
        `The Word file could not be made (${error instanceof Error ? error.message : String(error)}). Try again, or print the outline.`,
      );
    }
  };
  return (
    <div class="agreement-download no-print">
      <button type="button" onClick={() => void onClick()}>
        Download the agreement (Word)
      </button>
      <p role="status">{said}</p>
    </div>
  );
}
