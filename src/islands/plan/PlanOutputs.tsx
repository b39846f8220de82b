import { useState } from "preact/hooks";
import { exportFileName } from "~/lib/exports";
import type { PlanDocument } from "~/lib/plan/plan-document";
import { downloadBlob, downloadText, todayStamp } from "../shared/download";
import { ShareLinkField } from "./ShareLinkField";

interface Props {
  /** The plan as it stands now, assembled from what is saved. */
  getDocument: () => PlanDocument;
  /** The workspace export (as /plan/'s "Export your plan" writes it) that a share link carries. */
  getExportJson: () => Promise<string>;
}

type Said = { kind: "status" | "alert"; text: string } | null;

const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The plan's outputs: the Word file, the read-only .html copy, and a share link (when it fits), said in words. The code
 * that makes each is loaded on its click.
 */
export function PlanOutputs({ getDocument, getExportJson }: Props) {
  const [said, setSaid] = useState<Said>(null);
  const [link, setLink] = useState<string | null>(null);

  const downloadWord = async () => {
    setSaid({ kind: "status", text: "Making the Word file…" });
    try {
      const { planDocx } = await import("~/lib/plan/plan-docx");
      downloadBlob(exportFileName("partnership plan", todayStamp(), "docx"), await planDocx(getDocument()));
      setSaid({ kind: "status", text: "The Word file is downloaded." });
    } catch (error) {
      setSaid({ kind: "alert", text: `The Word file could not be made (${why(error)}). Download a read-only copy, or print the plan.` });
    }
  };

  const downloadCopy = async () => {
    try {
      const { planHtml } = await import("~/lib/plan/plan-html");
      downloadText(exportFileName("partnership plan", todayStamp(), "html"), planHtml(getDocument()), "text/html");
      setSaid({ kind: "status", text: "The read-only copy is downloaded: one page that opens in any browser, to send to your partners." });
    } catch (error) {
      setSaid({ kind: "alert", text: `The read-only copy could not be made (${why(error)}). Print the plan instead.` });
    }
  };

  const createLink = async () => {
    setLink(null);
    setSaid({ kind: "status", text: "Making the share link…" });
    try {
      const { makeShareLink } = await import("~/lib/share/share-link");
      const made = await makeShareLink(location.origin, await getExportJson());
      setLink(made.ok ? made.link : null);
      setSaid(made.ok ? { kind: "status", text: "The share link is ready." } : { kind: "alert", text: made.message });
    } catch (error) {
      setSaid({
        kind: "alert",
        text: `The share link could not be made in this browser (${why(error)}). Download a read-only copy instead.`,
      });
    }
  };

  return (
    <div class="plan-outputs no-print" data-pagefind-ignore>
      <p class="plan-outputs__buttons">
        <button type="button" onClick={() => void downloadWord()}>
          Download the plan (Word)
        </button>{" "}
        <button type="button" onClick={() => void downloadCopy()}>
          Download a read-only copy
        </button>{" "}
        <button type="button" onClick={() => void createLink()}>
          Create a share link
        </button>
      </p>
      <p class="field-hint">
        A share link carries your plan inside the link itself, after the “#”, which browsers never send to a server: whoever opens it sees
        the plan read-only, and can save a copy in their own browser.
      </p>
      {link !== null && <ShareLinkField link={link} />}
      <div role="status">{said?.kind === "status" && <p>{said.text}</p>}</div>
      <div role="alert">{said?.kind === "alert" && <p class="notice notice--error">{said.text}</p>}</div>
    </div>
  );
}
