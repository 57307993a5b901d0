/**
 * The days of the week as content writes them, Monday first as UK calendars are. A module of its
 * own so the browser's opening-hours badge can use it without pulling the zod schemas into the
 * enhancement script.
 */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];
