// What an embedded chart and its host page say to each other: the embed posts its height under
// this message type, and the host page's resize script listens for it.
export const HEIGHT_MESSAGE = "bp-atlas:height";
