import { createHash } from "node:crypto";
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

// Country outlines at 1:110m (Natural Earth via world-atlas), projected once per process on the server.
// Feature ids are ISO 3166-1 numeric codes, as Participant.isoNumeric. Small states (many island states,
// Andorra, Monaco …) have no outline at this scale: "the map in words" on the overview lists them.
//
// The outlines never change between edits, so they live in one static SVG file (app/world-map.svg) that
// browsers keep, and the map document (/map.svg) draws each country with a <use> of its outline: it
// carries only who has which status.

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 420;

export type WorldShape = { id: string; isoNumeric: string | null; atlasName: string; path: string };

let shapes: WorldShape[] | null = null;

/** Projected outlines of the world's countries (Antarctica left out), rounded to whole units (about a pixel). */
export function worldShapes(): WorldShape[] {
  if (shapes) return shapes;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries);
  const features = countries.features.filter((f) => f.id !== "010");
  const projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: "FeatureCollection", features },
  );
  const path = geoPath(projection).digits(0);
  shapes = features.map((f, index) => ({
    // Outlines without an ISO code (Kosovo, Somaliland, Northern Cyprus) get an id from their position.
    id: f.id === undefined ? `x${index}` : `c${f.id}`,
    isoNumeric: f.id === undefined ? null : String(f.id),
    atlasName: f.properties?.name ?? "",
    path: path(f) ?? "",
  }));
  return shapes;
}

/** ISO numeric codes that have an outline on the map. */
export function mappedIsoNumerics(): Set<string> {
  return new Set(worldShapes().flatMap((shape) => (shape.isoNumeric ? [shape.isoNumeric] : [])));
}

let sprite: { svg: string; url: string } | null = null;

/** The outlines as one SVG file, and its URL — versioned by content, so it can be cached for good. */
export function worldMapSprite(): { svg: string; url: string } {
  if (sprite) return sprite;
  const paths = worldShapes().map((shape) => `<path id="${shape.id}" d="${shape.path}"/>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">${paths.join("")}</svg>`;
  const version = createHash("sha256").update(svg).digest("hex").slice(0, 12);
  sprite = { svg, url: `/world-map.svg?v=${version}` };
  return sprite;
}
