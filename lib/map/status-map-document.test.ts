import { describe, expect, it } from "vitest";
import { buildStatusMapDocument, type MapParticipant, type StatusMapLabels } from "./status-map-document";
import { worldMapSprite, worldShapes } from "./world-shapes";

const labels: StatusMapLabels = {
  title: "World map",
  description: "States coloured by status",
  status: { signed: "Signed", joined: "Joined later", withdrawn: "Withdrawn", "not-signed": "Not signed" },
  noData: "Not a UN member or observer state",
  shapeName: (shape) => shape.atlasName,
};

const state = (isoNumeric: string, name: string, status: MapParticipant["status"]): MapParticipant => ({
  code: name.slice(0, 3).toLowerCase(),
  name,
  kind: "state",
  isoNumeric,
  status,
});

function countries(svg: string): { id: string; status: string; title: string }[] {
  return [...svg.matchAll(/<use href="[^"#]*#([^"]+)" role="img" data-status="([^"]+)"><title>([^<]*)<\/title><\/use>/g)].map(
    ([, id = "", status = "", title = ""]) => ({ id, status, title }),
  );
}

describe("buildStatusMapDocument", () => {
  it("draws every outline once, coloured and named by the participant's status", () => {
    const svg = buildStatusMapDocument({
      participants: [
        state("398", "Kazakhstan", "signed"),
        state("578", "Norway", "withdrawn"),
        state("352", "Iceland", "joined"),
        state("076", "Brazil", "not-signed"),
      ],
      labels,
    });
    const drawn = countries(svg);
    expect(drawn.map((country) => country.id)).toEqual(worldShapes().map((shape) => shape.id));
    expect(drawn.find((country) => country.id === "c398")).toEqual({ id: "c398", status: "signed", title: "Kazakhstan: Signed" });
    expect(drawn.find((country) => country.id === "c578")).toEqual({ id: "c578", status: "withdrawn", title: "Norway: Withdrawn" });
    expect(drawn.find((country) => country.id === "c352")?.status).toBe("joined");
    expect(drawn.find((country) => country.id === "c076")?.status).toBe("not-signed");
    // Outlines of places that are not participants keep the atlas's name and say so.
    expect(drawn.find((country) => country.id === "c304")).toEqual({
      id: "c304",
      status: "no-data",
      title: "Greenland: Not a UN member or observer state",
    });
    expect(svg).toContain(`href="${worldMapSprite().url}#c398"`);
  });

  it("escapes names, so a name can never become markup", () => {
    const svg = buildStatusMapDocument({
      participants: [state("398", `<script>alert("x")</script> & 'Co'`, "signed")],
      labels: { ...labels, title: "Map <b>" },
    });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Co&apos;: Signed");
    expect(svg).toContain('<title id="title">Map &lt;b&gt;</title>');
  });

  it("is a standalone SVG document that names itself for screen readers", () => {
    const svg = buildStatusMapDocument({ participants: [], labels });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('aria-labelledby="title desc"');
    expect(svg).toContain('<desc id="desc">States coloured by status</desc>');
  });
});
