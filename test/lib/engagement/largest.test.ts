import { describe, expect, it } from "vitest";
import { MAX_FEEDBACK, MAX_PLAN_ROWS, MAX_STAKEHOLDERS, emptyEngagement, engagementTool } from "~/lib/engagement/engagement-tool";
import { engagementLimits } from "~/lib/engagement/engagement-input";
import { decodeStoredText } from "~/lib/storage/decode";
import { largestEngagement } from "../../support/largest/engagement";

describe("the largest engagement map", () => {
  it("is a stored record the tool reads, every list full, and each limit said", () => {
    const decoded = decodeStoredText(engagementTool, largestEngagement());
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.data.stakeholders).toHaveLength(MAX_STAKEHOLDERS);
    expect(decoded.data.plan).toHaveLength(MAX_PLAN_ROWS);
    expect(decoded.data.feedback).toHaveLength(MAX_FEEDBACK);
    expect(engagementLimits.stakeholders(decoded.data)).toMatch(/50/);
    expect(engagementLimits.stakeholders(emptyEngagement())).toBeNull();
  });
});
