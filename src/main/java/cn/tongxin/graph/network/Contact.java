package cn.tongxin.graph.network;

import java.time.LocalDate;

import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/** One contact on a friendship's timeline: a visit, a talk, a meeting, a call or an event, on a day. */
public record Contact(String leaderId, String representativeId, LocalDate date, ContactKind kind, String note) {

	static Contact from(Value contact) {
		return new Contact(contact.get("leaderId").asString(), contact.get("representativeId").asString(),
				GraphValues.date(contact.get("date")), ContactKind.valueOf(contact.get("kind").asString()),
				GraphValues.text(contact.get("note")));
	}

	/** Where a page of a timeline, newest first, stands after this contact. */
	String position() {
		return Cursor.position(this.date, this.kind);
	}

}
