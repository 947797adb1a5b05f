package cn.tongxin.graph.meeting;

import java.time.LocalDate;

import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/** A meeting of one of the district's leading bodies on united-front work. */
public record Meeting(LocalDate date, MeetingBody body, String topic) {

	static Meeting from(Value meeting) {
		return new Meeting(GraphValues.date(meeting.get("date")),
				GraphValues.enumOf(MeetingBody.class, meeting.get("body")), meeting.get("topic").asString());
	}

	/** Its place in a list by day then body. */
	String position() {
		return Cursor.position(this.date, this.body);
	}

}
