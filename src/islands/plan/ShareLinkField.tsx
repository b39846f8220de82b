import { useRef, useState } from "preact/hooks";

/** The share link in a read-only field, selected on focus, with a button that copies it. */
export function ShareLinkField({ link }: { link: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState("");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("The link is copied: paste it into a message to your partners.");
    } catch {
      input.current?.select();
      setCopied("This browser did not let the page copy: the link is selected, copy it with Ctrl+C (⌘C on a Mac).");
    }
  };
  return (
    <div class="share-link">
      <div class="field field--wide">
        <label for="plan-share-link">Share link</label>
        <input
          ref={input}
          id="plan-share-link"
          type="url"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby="plan-share-link-size"
        />
        <p id="plan-share-link-size" class="field-hint">
          {link.length.toLocaleString("en")} characters. Anyone with the link can read the plan; send it only to the people it is for.
        </p>
      </div>
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>{" "}
      <span role="status">{copied}</span>
    </div>
  );
}
