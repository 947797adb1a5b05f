package cn.tongxin.graph.network;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.people.Leader;
import cn.tongxin.graph.people.LeaderRole;
import cn.tongxin.graph.people.Representative;
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.GraphValues;
import cn.tongxin.graph.system.Page;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is being neglected in the friendship system: leaders below quota, representatives nobody befriends,
 * friendships overdue for a contact, and the counts of all three. Each question is one Cypher round trip; each
 * answer is empty when the town asked about is unknown.
 */
@Component
@Transactional(readOnly = true)
class FriendshipHealth {

	private static final String BELOW_QUOTA = CypherFile.load("network/leaders-below-quota");

	private static final String UNBEFRIENDED = CypherFile.load("network/unbefriended-representatives");

	private static final String OVERDUE = CypherFile.load("network/overdue-friendships");

	private static final String HEALTH = CypherFile.load("network/friendship-health");

	private final GraphReader graph;

	private final FriendshipRules rules;

	FriendshipHealth(GraphReader graph, FriendshipRules rules) {
		this.graph = graph;
		this.rules = rules;
	}

	/** A leader below quota: how many friendships the role asks for, how many there are, and the gap. */
	record LeaderBelowQuota(Leader leader, int quota, int friends, int missing) {

		/** Where a page stands after this leader: the gap, then the id. */
		String position() {
			return Cursor.position(this.missing, this.leader.id());
		}

	}

	/** A friendship whose contact fell due on {@code due} and is {@code daysOverdue} days late. */
	record OverdueFriendship(Friendship friendship, LocalDate due, int daysOverdue) {

		String position() {
			return Cursor.position(this.due, this.friendship.leaderId(), this.friendship.representativeId());
		}

	}

	/** Where a page of overdue friendships stands: after this due day, leader and representative. */
	record OverduePosition(LocalDate due, String leaderId, String representativeId) {
	}

	record RoleHealth(LeaderRole role, int quota, int leaders, int leadersBelowQuota, int friendships,
			int overdueFriendships) {
	}

	record CategoryHealth(Category category, int representatives, int befriended) {

		public int unbefriended() {
			return this.representatives - this.befriended;
		}

	}

	record Health(String townCode, int contactIntervalDays, List<RoleHealth> byRole, List<CategoryHealth> byCategory,
			int overdueFriendships) {

		public int leadersBelowQuota() {
			return this.byRole.stream().mapToInt(RoleHealth::leadersBelowQuota).sum();
		}

		public int unbefriendedRepresentatives() {
			return this.byCategory.stream().mapToInt(CategoryHealth::unbefriended).sum();
		}

	}

	Optional<Page<LeaderBelowQuota>> leadersBelowQuota(LeaderRole role, String townCode, String[] after, int fetch,
			LocalDate today) {
		var parameters = parameters(townCode, fetch, today);
		parameters.put("role", (role != null) ? role.name() : null);
		parameters.put("quotas", this.rules.quotasByRoleName());
		parameters.put("afterMissing", (after != null) ? Integer.valueOf(after[0]) : null);
		parameters.put("afterId", (after != null) ? after[1] : null);
		return page(BELOW_QUOTA, parameters, "leaders", row -> new LeaderBelowQuota(Leader.from(row.get("leader")),
				row.get("quota").asInt(), row.get("friends").asInt(), row.get("missing").asInt()));
	}

	Optional<Page<Representative>> unbefriendedRepresentatives(Category category, String level, String townCode,
			String after, int fetch, LocalDate today) {
		var parameters = parameters(townCode, fetch, today);
		parameters.put("category", (category != null) ? category.name() : null);
		parameters.put("level", level);
		parameters.put("after", after);
		return page(UNBEFRIENDED, parameters, "representatives", Representative::from);
	}

	Optional<Page<OverdueFriendship>> overdueFriendships(int days, String townCode, OverduePosition after,
			int fetch, LocalDate today) {
		var parameters = parameters(townCode, fetch, today);
		parameters.put("days", days);
		parameters.put("afterDue", (after != null) ? after.due() : null);
		parameters.put("afterLeaderId", (after != null) ? after.leaderId() : null);
		parameters.put("afterRepresentativeId", (after != null) ? after.representativeId() : null);
		return page(OVERDUE, parameters, "friendships", row -> new OverdueFriendship(
				Friendship.from(row.get("friendship")), GraphValues.date(row.get("due")), row.get("daysOverdue").asInt()));
	}

	Optional<Health> health(String townCode, LocalDate today) {
		var parameters = parameters(townCode, 0, today);
		parameters.put("days", this.rules.contactIntervalDays());
		parameters.put("quotas", this.rules.quotasByRoleName());
		return this.graph.all(HEALTH, parameters, "health", health -> {
			Map<String, Value> roles = byKey(health.get("byRole"), "role");
			Map<String, Value> categories = byKey(health.get("byCategory"), "category");
			List<RoleHealth> byRole = Arrays.stream(LeaderRole.values())
				.map(role -> roleHealth(role, roles.get(role.name())))
				.toList();
			List<CategoryHealth> byCategory = Arrays.stream(Category.values())
				.map(category -> categoryHealth(category, categories.get(category.name())))
				.toList();
			return new Health(townCode, this.rules.contactIntervalDays(), byRole, byCategory,
					health.get("overdueFriendships").asInt());
		}).stream().findFirst();
	}

	/** Every role and category is listed, with zeros where the graph has none. */
	private RoleHealth roleHealth(LeaderRole role, Value counts) {
		int quota = this.rules.quotaOf(role);
		if (counts == null) {
			return new RoleHealth(role, quota, 0, 0, 0, 0);
		}
		return new RoleHealth(role, quota, counts.get("leaders").asInt(), counts.get("leadersBelowQuota").asInt(),
				counts.get("friendships").asInt(), counts.get("overdueFriendships").asInt());
	}

	private static CategoryHealth categoryHealth(Category category, Value counts) {
		if (counts == null) {
			return new CategoryHealth(category, 0, 0);
		}
		return new CategoryHealth(category, counts.get("representatives").asInt(), counts.get("befriended").asInt());
	}

	private static Map<String, Value> byKey(Value list, String key) {
		var byKey = new HashMap<String, Value>();
		list.values().forEach(value -> byKey.put(value.get(key).asString(null), value));
		return byKey;
	}

	private <T> Optional<Page<T>> page(String cypher, Map<String, Object> parameters, String column,
			Function<Value, T> read) {
		return this.graph.all(cypher, parameters, column,
				answer -> Page.from(answer, read))
			.stream()
			.findFirst();
	}

	private static HashMap<String, Object> parameters(String townCode, int fetch, LocalDate today) {
		var parameters = new HashMap<String, Object>();
		parameters.put("townCode", townCode);
		parameters.put("fetch", fetch);
		parameters.put("today", today);
		return parameters;
	}

}
