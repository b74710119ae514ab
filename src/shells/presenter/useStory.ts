// The presenter's steps from the bundled datasets, shared by the stage, the notes window and
// the printed chronology.
import { useMemo } from "react";
import { useDatasets } from "../../data/useDatasets";
import { buildStory, type StoryStep } from "../../selectors/story";
import type { Loaded } from "../../data/useDatasets";

const STORY_FILES = ["conferences", "phases", "places"] as const;

export function useStory(): { loaded: Loaded<(typeof STORY_FILES)[number]>; steps: StoryStep[] | undefined } {
  const loaded = useDatasets(STORY_FILES);
  const steps = useMemo(
    () => (loaded.status === "ready" ? buildStory(loaded.data.conferences, loaded.data.phases, loaded.data.places) : undefined),
    [loaded],
  );
  return { loaded, steps };
}
