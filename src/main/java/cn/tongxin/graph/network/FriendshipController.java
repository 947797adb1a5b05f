package cn.tongxin.graph.network;

import java.util.List;
import java.util.Map;

import cn.tongxin.graph.people.Leader;
import cn.tongxin.graph.people.People;
import cn.tongxin.graph.people.Representative;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import static cn.tongxin.graph.system.BatchAnswers.byParent;
import static cn.tongxin.graph.system.BatchAnswers.keys;

@Controller
class FriendshipController {

	private final Friendships friendships;

	private final People people;

	FriendshipController(Friendships friendships, People people) {
		this.friendships = friendships;
		this.people = people;
	}

	@BatchMapping(typeName = "Leader")
	Map<Leader, List<Friendship>> friends(List<Leader> leaders) {
		Map<String, List<Friendship>> byLeader = this.friendships.ofLeaders(keys(leaders, Leader::id));
		return byParent(leaders, leader -> byLeader.getOrDefault(leader.id(), List.of()));
	}

	@BatchMapping(typeName = "Representative")
	Map<Representative, List<Friendship>> befriendedBy(List<Representative> representatives) {
		Map<String, List<Friendship>> byRepresentative = this.friendships
			.ofRepresentatives(keys(representatives, Representative::id));
		return byParent(representatives,
				representative -> byRepresentative.getOrDefault(representative.id(), List.of()));
	}

	@BatchMapping(typeName = "Friendship")
	Map<Friendship, Leader> leader(List<Friendship> friendships) {
		Map<String, Leader> leaders = this.people.leadersById(keys(friendships, Friendship::leaderId));
		return byParent(friendships, friendship -> leaders.get(friendship.leaderId()));
	}

	@BatchMapping(typeName = "Friendship")
	Map<Friendship, Representative> representative(List<Friendship> friendships) {
		Map<String, Representative> representatives = this.people
			.representativesById(keys(friendships, Friendship::representativeId));
		return byParent(friendships, friendship -> representatives.get(friendship.representativeId()));
	}

}
