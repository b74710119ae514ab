// The datasets the presenter's steps are built from (useStory), and with them the documents'
// titles a step's figures cite: what the first slide's text needs. The page's head script
// (scripts/prerender.ts) asks for these as a presenter page opens.
export const STORY_FILES = ["conferences", "phases", "places", "meetings"] as const;
export const FIRST_SLIDE_FILES = [...STORY_FILES, "sources"] as const;
