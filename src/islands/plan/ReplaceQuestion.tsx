interface Props {
  /** What is being imported: "The file", "The shared plan". */
  source: string;
  /** Titles of the tools whose saved work the import would replace. */
  replaces: readonly string[];
  /** Of those, the ones this page cannot read, copied aside before they are replaced. */
  keptAside: readonly string[];
  onReplace: () => void;
  onCancel: () => void;
}

/** The question asked before an import replaces saved work, in the same words wherever work is imported. */
export function ReplaceQuestion({ source, replaces, keptAside, onReplace, onCancel }: Props) {
  return (
    <div role="alert" class="notice notice--warning">
      <p>
        {source} would replace what you have saved for: {replaces.join(", ")}.
      </p>
      {keptAside.length > 0 && (
        <p>
          Your saved {keptAside.join(", ")} cannot be read by this page (it is damaged, or a newer version of the guide wrote it). A copy is
          kept in this browser before it is replaced, under “Data that could not be read”, to download.
        </p>
      )}
      <button type="button" class="button--danger" onClick={onReplace}>
        Replace my saved work
      </button>{" "}
      <button type="button" onClick={onCancel}>
        Cancel the import
      </button>
    </div>
  );
}
