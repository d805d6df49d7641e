/** One day in milliseconds: the unit of report windows and of feedback retention. */
export const DAY = 86_400_000;
