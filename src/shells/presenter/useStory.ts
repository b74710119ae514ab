// The presenter's steps from the bundled datasets, shared by the stage, the speaker window and
// the printed chronology; and the slides this presenter chose from them (storyParams).
import { useEffect, useMemo, useState } from "react";
import { useDatasets } from "../../data/useDatasets";
import { buildStory, type StoryStep } from "../../selectors/story";
import type { Loaded } from "../../data/useDatasets";
import { composeSlides, parseStoryParams, type RawStoryParams, type Slide, type StoryParams } from "./storyParams";
import { presenterParam } from "./presenterUrl";
import { STORY_FILES } from "./storyFiles";

export { STORY_FILES };

export function useStory(): { loaded: Loaded<(typeof STORY_FILES)[number]>; steps: StoryStep[] | undefined } {
  const loaded = useDatasets(STORY_FILES);
  const steps = useMemo(
    () => (loaded.status === "ready" ? buildStory(loaded.data.conferences, loaded.data.phases, loaded.data.places, loaded.data.meetings) : undefined),
    [loaded],
  );
  return { loaded, steps };
}

function rawParams(): RawStoryParams {
  return { steps: presenterParam("steps"), title: presenterParam("title"), end: presenterParam("end") };
}

export function useSlides(): ReturnType<typeof useStory> & { slides: Slide[] | undefined; params: StoryParams | undefined } {
  const story = useStory();
  const [raw, setRaw] = useState(rawParams);
  // A story link pasted into this tab changes only the fragment: no reload, so read it again.
  useEffect(() => {
    const onHash = () => setRaw((old) => {
      const next = rawParams();
      return next.steps === old.steps && next.title === old.title && next.end === old.end ? old : next;
    });
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const params = useMemo(() => (story.steps ? parseStoryParams(raw, story.steps.length) : undefined), [raw, story.steps]);
  const slides = useMemo(() => (story.steps && params ? composeSlides(story.steps, params) : undefined), [story.steps, params]);
  return { ...story, params, slides };
}
