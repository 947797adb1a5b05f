package cn.tongxin.graph.member;

import java.time.LocalDate;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/**
 * One adjustment of a member (动态调整): from {@code on}, {@code field} was {@code after} instead of
 * {@code before} (codes, names of enums, or an ISO date for LEFT_ON; null for none).
 */
public record MemberChange(String memberId, LocalDate on, MemberField field, String before, String after) {

	public static MemberChange from(Value change) {
		return new MemberChange(change.get("memberId").asString(), GraphValues.date(change.get("on")),
				GraphValues.enumOf(MemberField.class, change.get("field")), GraphValues.text(change.get("before")),
				GraphValues.text(change.get("after")));
	}

}
