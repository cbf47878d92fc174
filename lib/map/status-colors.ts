import type { ParticipantStatus } from "@/lib/participants/participant-status";

// The map's colours, shared by the map document (lib/map/status-map-document.ts) and the legend on the
// page. They repeat the theme's status colours (app/globals.css): the map is its own SVG document, which
// cannot read the page's CSS variables.
export const MAP_STATUS_COLORS: Record<ParticipantStatus, string> = {
  signed: "#1f5fa8",
  joined: "#7fb0e3",
  withdrawn: "#c8610f",
  "not-signed": "#e3e6ea",
};
export const MAP_NO_DATA_FILL = "#fff";
export const MAP_BORDER = "#9aa3ae";
