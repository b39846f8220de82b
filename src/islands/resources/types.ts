import type { ResourcesData } from "~/lib/resources/resources-tool";

/** How every section of the costing tool changes the saved data; keeps its identity across renders. */
export type Update = (change: (data: ResourcesData) => ResourcesData) => void;
