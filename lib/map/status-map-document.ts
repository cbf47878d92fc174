import { MAP_BORDER, MAP_NO_DATA_FILL, MAP_STATUS_COLORS } from "@/lib/map/status-colors";
import { MAP_HEIGHT, MAP_WIDTH, worldMapSprite, worldShapes, type WorldShape } from "@/lib/map/world-shapes";
import type { ParticipantStatus } from "@/lib/participants/participant-status";

// The overview's world map as a standalone SVG document (served at /map.svg, framed by the overview page).
// Keeping it out of the page keeps the page small: React would otherwise send every country twice, in the
// HTML and again in its payload. Each country is a <use> of its outline in the cached /world-map.svg,
// coloured by status and named with its status in a <title>: a tooltip, and for screen readers an image of
// its own ("Kazakhstan: Signed"). The page's links lead to the same facts in words, so the map needs no
// focusable parts.

export type MapParticipant = {
  code: string;
  name: string;
  kind: "state" | "organization";
  isoNumeric: string | null;
  status: ParticipantStatus;
};

export type StatusMapLabels = {
  title: string;
  description: string;
  status: Record<ParticipantStatus, string>;
  noData: string;
  /** The name of an outline no participant stands for (lib/map/shape-name.ts). */
  shapeName: (shape: WorldShape) => string;
};

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);

const STYLE = [
  `use{stroke:#fff;stroke-width:.5}`,
  ...Object.entries(MAP_STATUS_COLORS).map(
    ([status, color]) => `[data-status="${status}"]{fill:${status === "withdrawn" ? "url(#withdrawn-hatch)" : color}}`,
  ),
  `[data-status="no-data"]{fill:${MAP_NO_DATA_FILL};stroke:${MAP_BORDER}}`,
].join("");

export function buildStatusMapDocument({
  participants,
  labels,
}: {
  participants: readonly MapParticipant[];
  labels: StatusMapLabels;
}): string {
  const byIsoNumeric = new Map(participants.flatMap((p) => (p.isoNumeric ? [[p.isoNumeric, p] as const] : [])));
  const spriteUrl = worldMapSprite().url;
  const countries = worldShapes().map((shape) => {
    const participant = shape.isoNumeric ? byIsoNumeric.get(shape.isoNumeric) : undefined;
    const title = participant
      ? `${participant.name}: ${labels.status[participant.status]}`
      : `${labels.shapeName(shape)}: ${labels.noData}`;
    return `<use href="${spriteUrl}#${shape.id}" role="img" data-status="${participant?.status ?? "no-data"}"><title>${escapeXml(title)}</title></use>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" aria-labelledby="title desc">`,
    `<title id="title">${escapeXml(labels.title)}</title><desc id="desc">${escapeXml(labels.description)}</desc>`,
    `<style>${STYLE}</style>`,
    `<defs><pattern id="withdrawn-hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">`,
    `<rect width="5" height="5" fill="${MAP_STATUS_COLORS.withdrawn}"/><line x1="0" y1="0" x2="0" y2="5" stroke="#fff" stroke-width="2.2"/></pattern></defs>`,
    ...countries,
    `</svg>`,
  ].join("");
}
