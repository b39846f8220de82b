import type { Block } from "~/lib/agreement/agreement-blocks";

/**
 * A paragraph, or a table with its caption and header row; text only. A table scrolls on its own on a narrow screen,
 * in a region named `region` + its caption, so it does not repeat the name of a tool's own section on the page.
 */
export function BlockView({ block, region }: { block: Block; region: string }) {
  if (block.kind === "paragraph") return <p>{block.text}</p>;
  return (
    <section class="table-scroll" tabIndex={0} aria-label={`${region}: ${block.caption}`}>
      <table class="data-table">
        <caption>{block.caption}</caption>
        <thead>
          <tr>
            {block.header.map((cell, c) => (
              <th key={c} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
