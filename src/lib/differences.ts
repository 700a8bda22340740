/** URL parameter and value of the "only differences" view (`?only=differences`), so a filtered table can be shared. */
export const ONLY_PARAM = 'only';
export const ONLY_VALUE = 'differences';
