package cn.tongxin.graph.network;

import cn.tongxin.graph.network.FriendshipHealth.Health;
import cn.tongxin.graph.network.FriendshipHealth.LeaderBelowQuota;
import cn.tongxin.graph.network.FriendshipHealth.OverdueFriendship;
import cn.tongxin.graph.network.FriendshipHealth.OverduePosition;
import cn.tongxin.graph.people.Category;
import cn.tongxin.graph.people.LeaderRole;
import cn.tongxin.graph.people.Representative;
import cn.tongxin.graph.people.RepresentativeLevel;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.system.Connection;
import cn.tongxin.graph.system.Cursor;
import cn.tongxin.graph.system.InvalidArgument;
import cn.tongxin.graph.system.Page;
import cn.tongxin.graph.system.Today;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Who and what is being neglected: leaders below quota, unbefriended representatives, overdue friendships. */
@Controller
class FriendshipHealthController {

	private static final int DEFAULT_PAGE = 20;

	private static final int LARGEST_PAGE = 100;

	private final FriendshipHealth health;

	private final FriendshipRules rules;

	private final Today today;

	FriendshipHealthController(FriendshipHealth health, FriendshipRules rules, Today today) {
		this.health = health;
		this.rules = rules;
		this.today = today;
	}

	@QueryMapping
	Connection<LeaderBelowQuota> leadersBelowQuota(@Argument LeaderRole role, @Argument String townCode,
			@Argument Integer first, @Argument String after) {
		int size = Connection.size(first, DEFAULT_PAGE, LARGEST_PAGE);
		String[] position = Cursor.partsOf(after, "\\d{1,9}", ".+");
		Page<LeaderBelowQuota> page = this.health
			.leadersBelowQuota(role, townCode, position, size + 1, this.today.date())
			.orElseThrow(() -> Places.noSuchTown(townCode));
		return Connection.of(page.totalCount(), page.fetched(), size, after, LeaderBelowQuota::position);
	}

	@QueryMapping
	Connection<Representative> unbefriendedRepresentatives(@Argument Category category,
			@Argument RepresentativeLevel level, @Argument String townCode, @Argument Integer first,
			@Argument String after) {
		int size = Connection.size(first, DEFAULT_PAGE, LARGEST_PAGE);
		Page<Representative> page = this.health
			.unbefriendedRepresentatives(category, (level != null) ? level.name() : null, townCode, Cursor.keyOf(after),
					size + 1, this.today.date())
			.orElseThrow(() -> Places.noSuchTown(townCode));
		return Connection.of(page.totalCount(), page.fetched(), size, after, Representative::id);
	}

	@QueryMapping
	Connection<OverdueFriendship> overdueFriendships(@Argument Integer days, @Argument String townCode,
			@Argument Integer first, @Argument String after) {
		int interval = (days != null) ? days : this.rules.contactIntervalDays();
		if (interval < 1 || interval > 3650) {
			throw new InvalidArgument("days：1 到 3650 天，收到 " + interval);
		}
		int size = Connection.size(first, DEFAULT_PAGE, LARGEST_PAGE);
		String[] parts = Cursor.partsOf(after, "\\d{4}-\\d{2}-\\d{2}", ".+", ".+");
		var position = (parts != null) ? new OverduePosition(Cursor.date(parts[0], after), parts[1], parts[2]) : null;
		Page<OverdueFriendship> page = this.health
			.overdueFriendships(interval, townCode, position, size + 1, this.today.date())
			.orElseThrow(() -> Places.noSuchTown(townCode));
		return Connection.of(page.totalCount(), page.fetched(), size, after, OverdueFriendship::position);
	}

	@QueryMapping
	Health friendshipHealth(@Argument String townCode) {
		return this.health.health(townCode, this.today.date()).orElseThrow(() -> Places.noSuchTown(townCode));
	}

}
