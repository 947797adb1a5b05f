package cn.tongxin.graph.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.area.BoundaryFile.Boundary;
import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.audit.Change;
import cn.tongxin.graph.ledger.ArchivePart;
import cn.tongxin.graph.ledger.ImportReport;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.TownScope;
import org.locationtech.jts.geom.Geometry;
import org.neo4j.driver.Value;

import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploaded town boundaries: a file is checked whole (see {@link BoundaryFile}), and each town it names must exist
 * and be the user's; one problem refuses the file, storing nothing and keeping what was stored. A file that passes
 * replaces the boundaries of the towns it names, in one transaction with its audit entry, and leaves the other
 * towns' as they are. The backup carries them as {@code boundaries.geojson}.
 */
@Component
@Order(100)
class Boundaries implements ArchivePart {

	static final String KIND = "boundaries";

	private static final String STORED = CypherFile.load("area/boundaries-stored");

	private static final String STORE = CypherFile.load("area/boundaries-store");

	private static final String REMOVE = CypherFile.load("area/boundaries-remove");

	private static final String EXPORT = CypherFile.load("area/boundaries-export");

	private final Neo4jClient neo4j;

	private final TownScope scope;

	private final AuditTrail audit;

	private final TransactionTemplate writing;

	Boundaries(Neo4jClient neo4j, TownScope scope, AuditTrail audit, PlatformTransactionManager transactions) {
		this.neo4j = neo4j;
		this.scope = scope;
		this.audit = audit;
		this.writing = new TransactionTemplate(transactions);
	}

	/**
	 * Checks the file and, unless {@code dryRun}, stores its boundaries: a report as an import's, each town created
	 * (it had no boundary), updated or unchanged.
	 * @throws BoundariesRefused with every problem found, when the file cannot be taken whole
	 */
	ImportReport upload(InputStream content, boolean dryRun) {
		BoundaryFile.Read read = BoundaryFile.read(content);
		if (read.boundaries().isEmpty() && read.problems().isEmpty()) {
			throw new BoundariesRefused("文件里没有任何要素（features 是空的）");
		}
		return store(read, dryRun);
	}

	/** Removes a town's uploaded boundary; false when it had none (or is no town of the user's). */
	boolean remove(String townCode) {
		List<String> userTowns = this.scope.userTowns();
		return Boolean.TRUE.equals(this.writing.execute(status -> {
			var parameters = new HashMap<String, Object>();
			parameters.put("code", townCode);
			parameters.put("userTowns", userTowns);
			String removed = this.neo4j.query(REMOVE).bindAll(parameters).fetchAs(String.class)
				.mappedBy((types, row) -> row.get("removed").asString()).one().orElse(null);
			if (removed == null) {
				return false;
			}
			this.audit.record("removeBoundary", KIND,
					List.of(new Change(townCode, "boundary", summary(BoundaryFile.geometry(removed)), null)));
			return true;
		}));
	}

	@Override
	public String entry() {
		return KIND + ".geojson";
	}

	@Override
	public void export(List<String> userTowns, OutputStream out) throws IOException {
		var parameters = new HashMap<String, Object>();
		parameters.put("userTowns", userTowns);
		out.write("{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8));
		var first = new boolean[] { true };
		for (Map<String, Object> row : this.neo4j.query(EXPORT).bindAll(parameters).fetch().all()) {
			String feature = (first[0] ? "" : ",") + "\n{\"type\":\"Feature\",\"properties\":{\"code\":\""
					+ row.get("code") + "\"},\"geometry\":" + row.get("boundary") + "}";
			first[0] = false;
			out.write(feature.getBytes(StandardCharsets.UTF_8));
		}
		out.write("\n]}\n".getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A backup's boundaries: checked as an upload (an empty file is no boundary at all). A refused file stores
	 * nothing and is reported as the restore reports a ledger's rejected rows, each problem by its feature.
	 */
	@Override
	public ImportReport restore(InputStream content, boolean dryRun) {
		try {
			return store(BoundaryFile.read(content), dryRun);
		}
		catch (BoundariesRefused refused) {
			List<ImportReport.RejectedRow> rejected = refused.problems().isEmpty()
					? List.of(new ImportReport.RejectedRow(1, refused.getMessage()))
					: refused.problems().stream()
						.map(problem -> new ImportReport.RejectedRow(problem.feature() + 1, BoundaryFile.describe(problem)))
						.toList();
			return new ImportReport(KIND, dryRun, 0, 0, 0, rejected);
		}
	}

	private ImportReport store(BoundaryFile.Read read, boolean dryRun) {
		var problems = new ArrayList<BoundaryProblem>(read.problems());
		var counts = new int[3];
		List<String> userTowns = this.scope.userTowns();
		ImportReport report = this.writing.execute(status -> {
			Map<String, Value> stored = stored(read.boundaries(), userTowns);
			var rows = new ArrayList<Map<String, Object>>();
			var changes = new ArrayList<Change>();
			for (Boundary boundary : read.boundaries()) {
				Value town = stored.get(boundary.townCode());
				if (town == null) {
					problems.add(new BoundaryProblem(boundary.feature(), boundary.townCode(), "没有这个镇，请先导入 towns 台账"));
					continue;
				}
				if (!town.get("mayChange").asBoolean()) {
					problems.add(new BoundaryProblem(boundary.feature(), boundary.townCode(), "不在您负责的镇（属地）范围内"));
					continue;
				}
				String geoJson = GeoJson.write(boundary.geometry());
				String before = town.get("boundary").isNull() ? null : town.get("boundary").asString();
				if (geoJson.equals(before)) {
					counts[2]++;
					continue;
				}
				counts[(before == null) ? 0 : 1]++;
				rows.add(Map.of("code", boundary.townCode(), "geoJson", geoJson));
				changes.add(new Change(boundary.townCode(), "boundary",
						(before != null) ? summary(BoundaryFile.geometry(before)) : null, summary(boundary.geometry())));
			}
			if (!problems.isEmpty()) {
				status.setRollbackOnly();
				return null;
			}
			if (!dryRun && !rows.isEmpty()) {
				var parameters = new HashMap<String, Object>();
				parameters.put("boundaries", rows);
				parameters.put("userTowns", userTowns);
				this.neo4j.query(STORE).bindAll(parameters).run();
				this.audit.record("import", KIND, changes);
			}
			return new ImportReport(KIND, dryRun, counts[0], counts[1], counts[2], List.of());
		});
		if (report == null) {
			problems.sort(Comparator.comparingInt(BoundaryProblem::feature));
			throw new BoundariesRefused(problems);
		}
		return report;
	}

	private Map<String, Value> stored(List<Boundary> boundaries, List<String> userTowns) {
		var parameters = new HashMap<String, Object>();
		parameters.put("codes", boundaries.stream().map(Boundary::townCode).toList());
		parameters.put("userTowns", userTowns);
		var stored = new HashMap<String, Value>();
		this.neo4j.query(STORED).bindAll(parameters).fetchAs(Value.class)
			.mappedBy((types, row) -> row.get("town")).all()
			.forEach(town -> stored.put(town.get("code").asString(), town));
		return stored;
	}

	/** A boundary as the audit trail keeps it: its kind and size, not every point. */
	private static String summary(Geometry geometry) {
		return geometry.getGeometryType() + "（" + geometry.getNumGeometries() + " 块，" + geometry.getNumPoints() + " 个点）";
	}

}
