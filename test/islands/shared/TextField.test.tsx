// @vitest-environment happy-dom
import { type Signal, signal } from "@preact/signals";
import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { TextField } from "~/islands/shared/fields";
import { tidyName } from "~/lib/names";

/** A name field whose saved value is tidied as it is saved, as every tool's rename is. */
function NameField({ saved }: { saved: Signal<string> }) {
  return <TextField id="name" label="Name" value={saved.value} onValue={(text) => (saved.value = tidyName(text))} />;
}

const field = () => screen.getByLabelText("Name") as HTMLInputElement;
const type = (value: string) => fireEvent.input(field(), { target: { value } });

describe("TextField over a value the tool tidies", () => {
  afterEach(cleanup);

  it("keeps the space the reader typed before the next word, and saves the tidied text", () => {
    const saved = signal("Greenleaf Grocers");
    render(<NameField saved={saved} />);
    field().focus();
    type("Greenleaf ");
    expect(saved.value).toBe("Greenleaf");
    expect(field().value).toBe("Greenleaf ");
    type("Greenleaf M");
    type("Greenleaf Market");
    expect(field().value).toBe("Greenleaf Market");
    expect(saved.value).toBe("Greenleaf Market");
  });

  it("shows the saved value once the reader leaves the field, and a change from elsewhere at once", () => {
    const saved = signal("Capacity to deliver");
    render(<NameField saved={saved} />);
    field().focus();
    type("Capacity  to ");
    expect(field().value).toBe("Capacity  to ");
    fireEvent.blur(field());
    expect(field().value).toBe("Capacity to");

    field().focus();
    type("Capacity to ");
    // Undo, or another tab's save, changes the value itself: the field follows it.
    act(() => void (saved.value = "Track record"));
    expect(field().value).toBe("Track record");
  });
});
