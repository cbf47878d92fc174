// The instrument and its ten commitments, as published in "Code of Conduct towards Achieving a World Free
// of Terrorism: one more initiative of Kazakh President" (Kazakhstan 2050, 24 October 2018), the reference
// article kept in the team's shared/reference folder. Wording is the article's English, unchanged.

import { INSTRUMENT_SLUG } from "@/lib/instruments/instrument-slug";

export const codeOfConduct = {
  slug: INSTRUMENT_SLUG,
  title: "Code of Conduct towards Achieving a World Free of Terrorism",
  shortTitle: "Code of Conduct",
  openedOn: "2018-09-28",
  place: "United Nations Headquarters, New York",
  initiator: "Kazakhstan",
  summary:
    "Ten commitments (“postulates”) on counter-terrorism, an initiative of Kazakhstan presented at a " +
    "high-level event during the 73rd session of the UN General Assembly. It aims to give impetus to the " +
    "practical implementation of international counter-terrorism obligations and to build a broad global " +
    "coalition for a world free of terrorism by 2045. It was signed by the foreign ministers and high " +
    "representatives of more than seventy states on 28 September 2018; more states joined later.",
  sourceTitle:
    "Code of Conduct towards Achieving a World Free of Terrorism: one more initiative of Kazakh President — Kazakhstan 2050, 24 October 2018",
  sourceUrl: null,
} as const;

export type CommitmentSeed = { number: number; text: string; points?: string[] };

export const commitments: CommitmentSeed[] = [
  {
    number: 1,
    text: "To give impetus to the practical implementation of a wide range of international obligations on counterterrorism;",
  },
  {
    number: 2,
    text: "Do not allow direct or indirect support of terrorist groups to achieve political or geopolitical goals;",
  },
  {
    number: 3,
    text: "To use comprehensive counter-terrorism measures and systematic steps to prevent terrorism and terrorist activities;",
  },
  {
    number: 4,
    text: "To apply comprehensive approaches to counter-terrorism, in particular, combining the main areas of the UN’s activities – peace and security, sustainable development and humanitarian space;",
  },
  {
    number: 5,
    text: "To intensify collective efforts at the international level, including by exchanging data and information, providing mutual legal assistance and prosecuting those responsible or transferring them to the countries where the terrorist act was committed, on the basis of the principle of extradition or prosecution;",
  },
  {
    number: 6,
    text: "To intensify regional cooperation and coordination in such areas as the exchange of intelligence and information, strengthen border security, strengthen measures in the field of legal and criminal justice, ensure mutual exchanges and, where necessary, support, and exchange of best practices;",
  },
  {
    number: 7,
    text: "To take measures to prevent and counter the use of information and communication technologies, including the Internet, by terrorists and their supporters in order to commit, incite, hire, finance or plan terrorist acts, and to cooperate in order to develop and implement effective strategies against terrorist narratives to curb the spread of terrorist propaganda and promotion of peace, tolerance, coexistence and respect, as well as hindering all types of hatred, denigration and terrorism;",
  },
  {
    number: 8,
    text: "To carry out urgent concerted actions by the international community to combat terrorism and to resolve the conditions conducive to its spread, in particular:",
    points: [
      "perform the Global Counter-Terrorism Strategy (GCTS);",
      "promote a three-pronged strategy, including: capacity building to strengthen the relationship between the fight against terrorism; use an innovative regional approach; and to strengthen coordination within the UN, in particular its working methods at headquarters and in the field, to increase efficiency and ensure greater transparency and accountability;",
      "strengthen further cooperation and coordination with the UN and its relevant structures;",
      "strive to find a consensus in order to reach an agreement on the conclusion of a Comprehensive Convention on International Terrorism in the next convenient practical timeframe.",
    ],
  },
  {
    number: 9,
    text: "To establish, through the Code of Conduct, a coalition of partners seeking the UN century to achieve a world free of terrorism.",
  },
  {
    number: 10,
    text: "To support efforts to enhance cooperation and implementation of obligations under the Code.",
  },
];

/** Organisations that can sign, beside states. Only those a source names as signatories are seeded. */
export const organizations = [
  {
    code: "turkic-council",
    name: "Turkic Council",
    formalName: "Cooperation Council of Turkic Speaking States",
  },
] as const;
