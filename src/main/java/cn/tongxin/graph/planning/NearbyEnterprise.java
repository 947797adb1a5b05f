package cn.tongxin.graph.planning;

import cn.tongxin.graph.enterprise.Enterprise;
import org.neo4j.driver.Value;

/** An enterprise near a village, and how far in a straight line. */
record NearbyEnterprise(Enterprise enterprise, double distanceKm) {

	static NearbyEnterprise from(Value nearby) {
		return new NearbyEnterprise(Enterprise.from(nearby.get("enterprise")), nearby.get("distanceKm").asDouble());
	}

}
