package cn.tongxin.graph.planning;

import java.util.List;

import cn.tongxin.graph.enterprise.Enterprise;

/**
 * An enterprise that could pair with a village, with its score (0 to 100) and the parts it adds up from, and the
 * reason in one line.
 */
record PairingSuggestion(String villageCode, Enterprise enterprise, double score, ScoreParts parts, Double distanceKm,
		boolean sameTown, boolean industryFit, int currentPairings, WarmIntroduction introduction, String reason) {

	/** What each consideration adds to the score. */
	record ScoreParts(double distance, double sameTown, double industryFit, double load, double warmIntroduction) {

		double total() {
			return this.distance + this.sameTown + this.industryFit + this.load + this.warmIntroduction;
		}

	}

	/** A leader of the village's town who befriends the enterprise's representative: the way in. */
	record WarmIntroduction(String leaderId, String leaderName, String representativeId, String representativeName,
			List<String> path) {
	}

}
