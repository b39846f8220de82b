import "~/styles/raci.css";
import { useComputed } from "@preact/signals";
import { raciExports } from "~/lib/raci/raci-csv";
import { raciTool } from "~/lib/raci/raci-tool";
import { useFollowPrinting } from "./shared/printing";
import { RaciChart } from "./raci/RaciChart";
import { PersonForm, TaskForm } from "./raci/RaciForms";
import { PersonList, TaskList } from "./raci/RaciLists";
import { people, raci, taskIds } from "./raci/raci-state";
import { RaciChecks, RaciSummary } from "./raci/RaciSummary";
import { useOrganizations } from "./shared/organizations";
import { ToolFrame } from "./shared/ToolFrame";
import { useTool } from "./shared/tool-state";

/** Step 4: the RACI chart, checked against its rules as the reader fills it in. */
export default function RaciTool() {
  useTool(raciTool);
  useFollowPrinting();
  useOrganizations();
  const hasData = useComputed(() => taskIds.value.length + people.value.length > 0);
  return (
    <ToolFrame
      state={raci}
      id="raci-tool"
      hasData={hasData}
      noun="tasks and roles"
      example={() => import("~/lib/raci/raci-example").then((m) => m.raciExample())}
      exports={raciExports}
      intro={
        <p>
          List the recurring tasks and the people or roles who share them, then give each cell a letter. The chart checks each task as you
          go. It is saved in this browser only.
        </p>
      }
    >
      <div class="raci-forms no-print">
        <TaskForm />
        <PersonForm />
      </div>
      <p class="raci-keys" id="raci-letters">
        <strong>R</strong> Responsible: does the work. <strong>A</strong> Accountable: answers for it, one per task. <strong>C</strong>{" "}
        Consulted: asked before. <strong>I</strong> Informed: told after.
      </p>
      <p class="raci-keys no-print" id="raci-keys">
        In the chart, select a cell and type R, A, C or I; Delete or Backspace empties it, and the arrow keys move between cells. A click or
        tap steps through R, A, C, I and empty.
      </p>
      <RaciChart />
      <RaciChecks />
      <div class="no-print">
        <TaskList />
        <PersonList />
      </div>
      <RaciSummary />
    </ToolFrame>
  );
}
