package cn.tongxin.graph.place;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.InvalidArgument;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Towns and villages as stored; each method is one read-only round trip, whatever the number of codes. */
@Component
@Transactional(readOnly = true)
public class Places {

	private static final String TOWNS = CypherFile.load("place/towns");

	private static final String TOWNS_BY_CODE = CypherFile.load("place/towns-by-code");

	private static final String VILLAGES_BY_CODE = CypherFile.load("place/villages-by-code");

	private static final String VILLAGES_OF_TOWNS = CypherFile.load("place/villages-of-towns");

	private final GraphReader graph;

	Places(GraphReader graph) {
		this.graph = graph;
	}

	public List<Town> towns() {
		return this.graph.all(TOWNS, Map.of(), "town", Town::from);
	}

	public Optional<Town> town(String code) {
		return Optional.ofNullable(townsByCode(List.of(code)).get(code));
	}

	/**
	 * The town a question is asked about, when it names a town the user may see; {@code null} (the district) as
	 * given; refused otherwise, as an unknown town.
	 */
	public String knownTownOrDistrict(String townCode) {
		if (townCode != null && town(townCode).isEmpty()) {
			throw noSuchTown(townCode);
		}
		return townCode;
	}

	/** The refusal of a town code that names no town, or none of the user's: the same answer for both. */
	public static InvalidArgument noSuchTown(String townCode) {
		return new InvalidArgument("townCode " + townCode + "：没有这个镇");
	}

	public Map<String, Town> townsByCode(Collection<String> codes) {
		return this.graph.byKey(TOWNS_BY_CODE, "codes", codes, "town", Town::from, Town::code);
	}

	public Optional<Village> village(String code) {
		return Optional.ofNullable(villagesByCode(List.of(code)).get(code));
	}

	public Map<String, Village> villagesByCode(Collection<String> codes) {
		return this.graph.byKey(VILLAGES_BY_CODE, "codes", codes, "village", Village::from, Village::code);
	}

	/** The villages of each town, in code order. */
	public Map<String, List<Village>> villagesOfTowns(Collection<String> townCodes) {
		return this.graph.groupedBy(VILLAGES_OF_TOWNS, "townCodes", townCodes, "village", Village::from,
				Village::townCode);
	}

}
