// The datasets the presenter's steps are built from: read by useStory and by the page's head
// script (scripts/prerender.ts), which asks for them as the page opens in presenter mode.
export const STORY_FILES = ["conferences", "phases", "places", "meetings"] as const;
