import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

// Country outlines at 1:110m (Natural Earth via world-atlas), projected once per process on the server and
// sent as plain SVG paths. Feature ids are ISO 3166-1 numeric codes, as Participant.isoNumeric. Small states
// (many island states, Andorra, Monaco …) have no outline at this scale: the map's table lists them.

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 420;

export type WorldShape = { isoNumeric: string | null; atlasName: string; path: string };

let shapes: WorldShape[] | null = null;

/** Projected outlines of the world's countries (Antarctica left out), rounded to whole units (about a pixel: it halves the page weight of the map). */
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
  shapes = features.map((f) => ({
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
