/**
 * The slug of the Code of Conduct, the only instrument so far: the editor records actions and statements
 * on it, and the public pages show it. The seed creates the instrument under this slug.
 */
export const INSTRUMENT_SLUG = "code-of-conduct-2018";
