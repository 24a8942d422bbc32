/** Natural order of names and device names: ent2 before ent10, lpar-2 before lpar-10 (one collator for the whole app). */
export const natural = new Intl.Collator('en', { numeric: true }).compare;
