import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** The eight guide steps, one MDX file each in content/guide/; the file name is the URL slug. */
const guide = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/guide" }),
  schema: z.object({
    /**
     * Page title, e.g. "Set your internal goals and objectives"; at most 58 characters, so the tab's title with
     * " | PivotPath" stays within the 70 that search results show.
     */
    title: z.string().min(10).max(58),
    /** Short name for the sidebar and step lists, e.g. "Goals". */
    navTitle: z.string().min(3).max(30),
    /** Position in the guide, 1–8; each number is used once. */
    step: z.number().int().min(1).max(8),
    /** One or two sentences for search engines, link previews and the home page. */
    description: z.string().min(50).max(200),
    /** Ids of the tools embedded in the page (see src/lib/tools.ts); the home page shows their saved status. */
    tools: z.array(z.string()).default([]),
  }),
});

export const collections = { guide };
