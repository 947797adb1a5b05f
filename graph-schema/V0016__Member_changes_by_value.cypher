// The members who were in a town, village or unit on a past day but have left it since are found from their
// history: the changes by the value they replaced (MemberChange.before), so that a town's figures and a town's
// page of the member ledger start from the town rather than read every member.
CREATE INDEX member_change_before IF NOT EXISTS FOR (c:MemberChange) ON (c.before);
// The district's figures on a past day correct today's values by the changes since that day: by their day.
CREATE INDEX member_change_on IF NOT EXISTS FOR (c:MemberChange) ON (c.on);
