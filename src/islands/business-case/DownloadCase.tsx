import { useState } from "preact/hooks";
import { caseDocument, caseTitle } from "~/lib/business-case/case-document";
import { exportFileName } from "~/lib/exports";
import { downloadBlob, todayStamp } from "../shared/download";
import { businessCase, caseLinks, goals } from "./case-state";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** "Download the business case (Word)": the whole case as a .docx made in the browser. */
export function DownloadCase() {
  const [status, setStatus] = useState("");
  const download = async () => {
    setStatus("Preparing the Word file…");
    try {
      const { caseDocx } = await import("./case-docx");
      const sections = caseDocument(businessCase.data.peek(), caseLinks.peek());
      const blob = await caseDocx(caseTitle(goals.data.peek().partnershipName), sections);
      downloadBlob(exportFileName("business case", todayStamp(), "docx"), new Blob([blob], { type: DOCX_TYPE }));
      setStatus("");
    } catch {
      setStatus("The Word file could not be made in this browser. Print the tool instead, or download the CSV tables.");
    }
  };
  return (
    <p class="case-download">
      <button type="button" onClick={() => void download()}>
        Download the business case (Word)
      </button>{" "}
      <span role="status" class="field-hint">
        {status}
      </span>
    </p>
  );
}
