package cn.tongxin.graph.planning;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The enterprises nearest each village in a straight line, through the point index: one round trip. */
@Component
@Transactional(readOnly = true)
class NearestEnterprises {

	private static final String NEAREST_ENTERPRISES = CypherFile.load("planning/nearest-enterprises");

	private final GraphReader graph;

	NearestEnterprises(GraphReader graph) {
		this.graph = graph;
	}

	/** The {@code first} enterprises nearest each of these villages, by village code. */
	Map<String, List<NearbyEnterprise>> of(Collection<String> villageCodes, int first) {
		return this.graph
			.all(NEAREST_ENTERPRISES, Map.of("villageCodes", List.copyOf(villageCodes), "first", first), "village",
					village -> Map.entry(village.get("villageCode").asString(),
							village.get("nearest").asList(NearbyEnterprise::from)))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
