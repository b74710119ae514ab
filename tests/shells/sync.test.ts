import { describe, expect, it } from "vitest";
import { useAtlasStore } from "../../src/state/store";
import { CHANNEL_NAME, startStepSync } from "../../src/shells/presenter/sync";

class FakeChannel {
  static last: FakeChannel;
  sent: unknown[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  closed = false;
  constructor(public name: string) { FakeChannel.last = this; }
  postMessage(m: unknown) { this.sent.push(m); }
  close() { this.closed = true; }
}

describe("presenter step sync", () => {
  it("says hello, sends its steps, applies the other window's steps without echoing them", () => {
    const stop = startStepSync(FakeChannel as unknown as typeof BroadcastChannel);
    const ch = FakeChannel.last;
    expect(ch.name).toBe(CHANNEL_NAME);
    expect(ch.sent).toEqual([{ type: "hello" }]);
    useAtlasStore.getState().setStep(3);
    expect(ch.sent.at(-1)).toEqual({ type: "step", step: 3 });
    ch.onmessage!({ data: { type: "step", step: 7 } } as MessageEvent);
    expect(useAtlasStore.getState().step).toBe(7);
    expect(ch.sent).toHaveLength(2);
    ch.onmessage!({ data: { type: "hello" } } as MessageEvent);
    expect(ch.sent.at(-1)).toEqual({ type: "step", step: 7 });
    ch.onmessage!({ data: { type: "step", step: "9; evil" } } as MessageEvent);
    expect(useAtlasStore.getState().step).toBe(7);
    stop();
    expect(ch.closed).toBe(true);
  });

  it("does nothing without BroadcastChannel", () => {
    expect(() => startStepSync(null)()).not.toThrow();
  });
});
