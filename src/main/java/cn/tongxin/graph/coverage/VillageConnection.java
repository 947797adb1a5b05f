package cn.tongxin.graph.coverage;

import java.util.List;

import cn.tongxin.graph.place.Village;

/** A Relay connection over villages, with the total the filter matches. */
record VillageConnection(int totalCount, List<Edge> edges, PageInfo pageInfo) {

	record Edge(String cursor, Village node) {
	}

	record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
