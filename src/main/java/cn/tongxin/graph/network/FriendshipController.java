package cn.tongxin.graph.network;

import java.util.List;
import java.util.Map;

import cn.tongxin.graph.people.Leader;
import cn.tongxin.graph.people.People;
import cn.tongxin.graph.people.Representative;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import static cn.tongxin.graph.system.BatchAnswers.lookUp;
import static cn.tongxin.graph.system.BatchAnswers.lookUpLists;


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
		return lookUpLists(leaders, Leader::id, this.friendships::ofLeaders);
	}

	@BatchMapping(typeName = "Representative")
	Map<Representative, List<Friendship>> befriendedBy(List<Representative> representatives) {
		return lookUpLists(representatives, Representative::id, this.friendships::ofRepresentatives);
	}

	@BatchMapping(typeName = "Friendship")
	Map<Friendship, Leader> leader(List<Friendship> friendships) {
		return lookUp(friendships, Friendship::leaderId, this.people::leadersById);
	}

	@BatchMapping(typeName = "Friendship")
	Map<Friendship, Representative> representative(List<Friendship> friendships) {
		return lookUp(friendships, Friendship::representativeId, this.people::representativesById);
	}

}
