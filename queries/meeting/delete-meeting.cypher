// Soft delete: the meeting ($key, its day, and $body) leaves the list and the work report but stays as history.
// Meetings are the whole district's: only its users delete them, as only they import them.
MATCH (m:Meeting {body: $body})
WHERE $userTowns IS NULL AND m.date = date($key)
REMOVE m:Meeting
SET m:DeletedMeeting, m.deletedAt = datetime(), m.deletedBy = $username
RETURN toString(m.date) + ' ' + m.body AS key
