/* The Chinese names of the enums the pages show, as the server's enums give them (EnumLabels): the head of every
   page carries them, so that no script keeps a copy. */

const meta = document.querySelector('meta[name="labels"]');

/** {villageKind: {VILLAGE: '行政村', ...}, contactKind, leaderRole, category, role, memberTier, memberField, gender,
    projectStatus, siteKind, siteLevel, problemCategory, problemState, meetingBody, dutyHolderKind, nodeKind, edgeType} */
export const labels = meta ? JSON.parse(meta.content) : {};

/** The name of an enum's value, or the value itself when it has none. */
export function label(kind, value) {
  return (labels[kind] || {})[value] ?? value;
}
