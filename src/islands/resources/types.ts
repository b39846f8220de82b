import type { ResourcesData } from "~/lib/resources/resources-tool";

/** What every section of the costing tool receives: the saved data and the way to change it. */
export interface SectionProps {
  data: ResourcesData;
  update: (change: (data: ResourcesData) => ResourcesData) => void;
}
