/** Placeholder until the tool lands; replaced by the real island. */
export default function KpiTool() {
  return (
    <section class="tool" data-pagefind-ignore>
      <h2>Tool in preparation</h2>
      <p>This step's interactive tool is being built.</p>
    </section>
  );
}
