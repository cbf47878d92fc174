// GET /world-map.svg — the country outlines the overview's map draws with <use> (lib/map/world-shapes.ts).
// Built once at build time; pages link it with a content version in the query, so browsers keep it for good.
import { worldMapSprite } from "@/lib/map/world-shapes";

export const dynamic = "force-static";

export function GET() {
  return new Response(worldMapSprite().svg, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
