package cn.tongxin.graph.network;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import cn.tongxin.graph.people.LeaderRole;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The friendship system's rules ({@code tongxin.friendship.*}): how many representatives a leader of each role
 * befriends, and how often each friendship needs a contact.
 *
 * @param quotas friendships per leader role; a role left out keeps its default (STANDING_COMMITTEE 5,
 * PARTY_GROUP 3, PARTY_COMMITTEE 2, BRANCH_COMMITTEE 1)
 * @param contactInterval the longest a friendship may go without a contact before it is overdue
 */
@ConfigurationProperties("tongxin.friendship")
public record FriendshipRules(Map<LeaderRole, Integer> quotas, @DefaultValue("90d") Duration contactInterval) {

	private static final Map<LeaderRole, Integer> DEFAULT_QUOTAS = Map.of(LeaderRole.STANDING_COMMITTEE, 5,
			LeaderRole.PARTY_GROUP, 3, LeaderRole.PARTY_COMMITTEE, 2, LeaderRole.BRANCH_COMMITTEE, 1);

	public FriendshipRules {
		var merged = new EnumMap<LeaderRole, Integer>(DEFAULT_QUOTAS);
		if (quotas != null) {
			merged.putAll(quotas);
		}
		merged.forEach((role, quota) -> {
			if (quota == null || quota < 0) {
				throw new IllegalArgumentException("tongxin.friendship.quotas." + role + " must be 0 or more");
			}
		});
		quotas = Map.copyOf(merged);
		if (contactInterval.toDays() < 1) {
			throw new IllegalArgumentException("tongxin.friendship.contact-interval must be at least one day (90d)");
		}
	}

	/** The rules with nothing configured: the defaults above and a contact every 90 days. */
	public static FriendshipRules defaults() {
		return new FriendshipRules(Map.of(), Duration.ofDays(90));
	}

	public int quotaOf(LeaderRole role) {
		return this.quotas.get(role);
	}

	public int contactIntervalDays() {
		return (int) this.contactInterval.toDays();
	}

	/** The quotas as the Cypher takes them: by role name. */
	Map<String, Object> quotasByRoleName() {
		var byName = new HashMap<String, Object>();
		this.quotas.forEach((role, quota) -> byName.put(role.name(), quota));
		return byName;
	}

}
