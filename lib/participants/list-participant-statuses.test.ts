import { describe, expect, it } from "vitest";
import { selectNonSignatories, standingAsOf, type ParticipantStanding } from "./list-participant-statuses";

describe("a participant's standing as of a day", () => {
  const signedInSeptember = { action: "signature" as const, countsFrom: "2018-09-30" };
  const withdrewIn2020 = { action: "withdrawal" as const, countsFrom: "2020-12-31" };

  it("counts an action only once its whole dated period has passed", () => {
    expect(standingAsOf([signedInSeptember], "2018-09-29").status).toBe("not-signed");
    expect(standingAsOf([signedInSeptember], "2018-09-30").status).toBe("signed");
  });

  it("shows a withdrawal only from its own date", () => {
    expect(standingAsOf([signedInSeptember, withdrewIn2020], "2019-01-01").status).toBe("signed");
    expect(standingAsOf([signedInSeptember, withdrewIn2020], "2021-01-01").status).toBe("withdrawn");
    expect(standingAsOf([signedInSeptember, withdrewIn2020]).status).toBe("withdrawn");
  });

  it("leaves undated actions out as of a day, and says so", () => {
    const undated = [{ action: "accession" as const, countsFrom: null }];
    expect(standingAsOf(undated, "2030-01-01")).toEqual({ status: "not-signed", hasUndatedAction: true });
    expect(standingAsOf(undated)).toEqual({ status: "joined", hasUndatedAction: false });
  });
});

describe("the outreach list", () => {
  const state = (code: string, status: ParticipantStanding["status"], extra: Partial<ParticipantStanding> = {}): ParticipantStanding => ({
    code,
    name: code,
    kind: "state",
    iso2: null,
    iso3: null,
    isoNumeric: null,
    unStatus: "member",
    region: "Asia",
    subregion: null,
    commonName: null,
    formalName: null,
    status,
    hasUndatedAction: false,
    ...extra,
  });

  it("keeps UN states that have not signed, and sets aside those with an undated action", () => {
    const result = selectNonSignatories([
      state("kaz", "signed"),
      state("nor", "withdrawn"),
      state("chl", "not-signed"),
      state("tkm", "not-signed", { hasUndatedAction: true }),
      state("xkx", "not-signed", { unStatus: null }),
      state("org", "not-signed", { kind: "organization", unStatus: null }),
    ]);
    expect(result.nonSignatories.map((p) => p.code)).toEqual(["chl"]);
    expect(result.undatedLeftOut.map((p) => p.code)).toEqual(["tkm"]);
  });
});
