package cn.tongxin.graph.site;

import java.time.LocalDate;

import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * An activity held at a site, known by its site, date and title: how many took part as the ledger counts them, and
 * how many of them are members named in the ledger.
 */
public record SiteActivity(String siteId, LocalDate date, String title, Integer participants, int memberCount) {

	public static SiteActivity from(Value activity) {
		return new SiteActivity(activity.get("siteId").asString(), GraphValues.date(activity.get("date")),
				activity.get("title").asString(), GraphValues.integer(activity.get("participants")),
				activity.get("memberCount").asInt(0));
	}

	/** Its place in a site's activities, newest first: the date, then the title (which may hold any character). */
	String position() {
		return Cursor.position(this.date, this.title);
	}

}
