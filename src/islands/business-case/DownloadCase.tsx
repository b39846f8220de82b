import { useState } from "preact/hooks";
import { caseDocument, caseTitle } from "~/lib/business-case/case-document";
import { wordBlob } from "~/lib/document/docx";
import { exportFileName } from "~/lib/exports";
import { downloadBlob, todayStamp } from "../shared/download";
import { businessCase, caseLinks, goals } from "./case-state";

/** "Download the business case (Word)": the whole case as a .docx made in the browser. */
export function DownloadCase() {
  const [status, setStatus] = useState("");
  const download = async () => {
    setStatus("Preparing the Word file…");
    try {
      const sections = caseDocument(businessCase.data.peek(), caseLinks.peek());
      const blob = await wordBlob({ title: caseTitle(goals.data.peek().partnershipName), sections });
      downloadBlob(exportFileName("business case", todayStamp(), "docx"), blob);
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
