package cn.tongxin.graph.area;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a file of town boundaries: a GeoJSON FeatureCollection (RFC 7946) whose features are Polygons or
 * MultiPolygons in WGS-84 longitude and latitude, each naming its town by the property {@code code} (or
 * {@code town_code}). Every feature is checked, and every problem found is kept, so that a clerk can mend the
 * whole file at once: positions are numbers, longitude first, in range; rings are closed with at least four
 * positions; the geometry is valid (JTS: no self-intersection, holes inside their shell, and so on); and no town
 * is named twice. Whether the towns exist is the caller's to check.
 */
final class BoundaryFile {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final GeometryFactory GEOMETRIES = new GeometryFactory();

	/** A feature read: its index in {@code features}, its town and its geometry. */
	record Boundary(int feature, String townCode, Geometry geometry) {
	}

	/** What a file holds: the boundaries that passed, and the problems of those that did not. */
	record Read(List<Boundary> boundaries, List<BoundaryProblem> problems) {
	}

	private BoundaryFile() {
	}

	/**
	 * @throws BoundariesRefused when the file is not JSON, or not a FeatureCollection
	 */
	static Read read(InputStream content) {
		JsonNode root;
		try {
			root = json.readTree(content);
		}
		catch (JacksonException ex) {
			throw new BoundariesRefused("文件不是有效的 JSON（GeoJSON）");
		}
		if (root == null || !root.isObject() || !"FeatureCollection".equals(text(root.get("type")))
				|| root.get("features") == null || !root.get("features").isArray()) {
			throw new BoundariesRefused("文件不是 GeoJSON FeatureCollection（应为 {\"type\": \"FeatureCollection\", \"features\": [...]}）");
		}
		var boundaries = new ArrayList<Boundary>();
		var problems = new ArrayList<BoundaryProblem>();
		var firstOfTown = new HashMap<String, Integer>();
		JsonNode features = root.get("features");
		for (int index = 0; index < features.size(); index++) {
			JsonNode feature = features.get(index);
			String town = townCode(feature);
			try {
				if (!feature.isObject() || !"Feature".equals(text(feature.get("type")))) {
					throw new Refusal("不是 GeoJSON Feature");
				}
				if (town == null) {
					throw new Refusal("properties 中没有镇的代码（code 或 town_code）");
				}
				Integer first = firstOfTown.putIfAbsent(town, index);
				if (first != null) {
					throw new Refusal("这个镇已在第 " + (first + 1) + " 个要素中出现，一个镇只能有一个边界（多块飞地请合为一个 MultiPolygon）");
				}
				boundaries.add(new Boundary(index, town, geometry(feature.get("geometry"))));
			}
			catch (Refusal refusal) {
				problems.add(new BoundaryProblem(index, town, refusal.getMessage()));
			}
		}
		return new Read(boundaries, problems);
	}

	/** A stored boundary (as written by {@link GeoJson}) read back. */
	static Geometry geometry(String geoJson) {
		try {
			return geometry(json.readTree(geoJson));
		}
		catch (Refusal | JacksonException ex) {
			throw new IllegalStateException("a stored boundary that does not read: " + ex.getMessage(), ex);
		}
	}

	/** A problem as a clerk reads it: 第 3 个要素（镇 610322100）：why. */
	static String describe(BoundaryProblem problem) {
		return "第 " + (problem.feature() + 1) + " 个要素" + ((problem.town() != null) ? "（镇 " + problem.town() + "）" : "")
				+ "：" + problem.message();
	}

	private static String townCode(JsonNode feature) {
		JsonNode properties = (feature != null && feature.isObject()) ? feature.get("properties") : null;
		if (properties == null || !properties.isObject()) {
			return null;
		}
		for (String name : List.of("code", "town_code")) {
			JsonNode code = properties.get(name);
			if (code != null && (code.isString() || code.isIntegralNumber())) {
				String text = code.asString().strip();
				if (!text.isEmpty()) {
					return text;
				}
			}
		}
		return null;
	}

	private static Geometry geometry(JsonNode geometry) {
		if (geometry == null || !geometry.isObject()) {
			throw new Refusal("没有 geometry");
		}
		String type = text(geometry.get("type"));
		JsonNode coordinates = geometry.get("coordinates");
		if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
			throw new Refusal("geometry 应为 Polygon 或 MultiPolygon，而不是 " + ((type != null) ? type : "空"));
		}
		if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
			throw new Refusal(type + " 没有坐标（coordinates）");
		}
		Geometry read;
		if ("Polygon".equals(type)) {
			read = polygon(coordinates, "");
		}
		else {
			var polygons = new Polygon[coordinates.size()];
			for (int i = 0; i < polygons.length; i++) {
				polygons[i] = polygon(coordinates.get(i), "第 " + (i + 1) + " 个多边形");
			}
			read = GEOMETRIES.createMultiPolygon(polygons);
		}
		TopologyValidationError error = new IsValidOp(read).getValidationError();
		if (error != null) {
			throw new Refusal(invalid(error));
		}
		return read;
	}

	private static Polygon polygon(JsonNode rings, String which) {
		if (rings == null || !rings.isArray() || rings.isEmpty()) {
			throw new Refusal(which + "没有环（应为坐标环的数组）");
		}
		LinearRing shell = ring(rings.get(0), which + "外环");
		var holes = new LinearRing[rings.size() - 1];
		for (int i = 0; i < holes.length; i++) {
			holes[i] = ring(rings.get(i + 1), which + "第 " + (i + 1) + " 个内环");
		}
		return GEOMETRIES.createPolygon(shell, holes);
	}

	private static LinearRing ring(JsonNode positions, String which) {
		if (positions == null || !positions.isArray()) {
			throw new Refusal(which + "不是坐标数组");
		}
		var coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < coordinates.length; i++) {
			JsonNode position = positions.get(i);
			if (position == null || !position.isArray() || position.size() < 2 || !position.get(0).isNumber()
					|| !position.get(1).isNumber()) {
				throw new Refusal(which + "第 " + (i + 1) + " 个点不是 [经度, 纬度]");
			}
			double longitude = position.get(0).doubleValue();
			double latitude = position.get(1).doubleValue();
			if (!(longitude >= -180 && longitude <= 180) || !(latitude >= -90 && latitude <= 90)) {
				throw new Refusal(which + "第 " + (i + 1) + " 个点 [" + position.get(0) + ", " + position.get(1)
						+ "] 超出范围：经度在前（−180..180），纬度在后（−90..90）");
			}
			coordinates[i] = new Coordinate(longitude, latitude);
		}
		if (coordinates.length < 4) {
			throw new Refusal(which + "只有 " + coordinates.length + " 个点：一个环至少 4 个点（首尾相同）");
		}
		if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
			throw new Refusal(which + "没有闭合：最后一个点应与第一个点相同");
		}
		return GEOMETRIES.createLinearRing(coordinates);
	}

	/** JTS's reason, in words, with where it is. */
	private static String invalid(TopologyValidationError error) {
		String what;
		switch (error.getErrorType()) {
			case TopologyValidationError.SELF_INTERSECTION:
			case TopologyValidationError.RING_SELF_INTERSECTION:
				what = "边界自相交（边线交叉）";
				break;
			case TopologyValidationError.HOLE_OUTSIDE_SHELL:
				what = "内环（洞）不在外环之内";
				break;
			case TopologyValidationError.NESTED_HOLES:
				what = "内环相互嵌套";
				break;
			case TopologyValidationError.DISCONNECTED_INTERIOR:
				what = "内环把多边形分成了不相连的几块";
				break;
			case TopologyValidationError.NESTED_SHELLS:
				what = "MultiPolygon 的多边形相互重叠或嵌套";
				break;
			case TopologyValidationError.DUPLICATE_RINGS:
				what = "有重复的环";
				break;
			case TopologyValidationError.TOO_FEW_POINTS:
				what = "不同的点太少，围不成面";
				break;
			case TopologyValidationError.INVALID_COORDINATE:
				what = "有无效的坐标";
				break;
			case TopologyValidationError.RING_NOT_CLOSED:
				what = "环没有闭合";
				break;
			default:
				what = "不是有效的多边形（" + error.getMessage() + "）";
		}
		Coordinate at = error.getCoordinate();
		return (at != null) ? what + "，在经度 " + degrees(at.x) + "、纬度 " + degrees(at.y) + " 附近" : what;
	}

	/** A place in a message, to 6 decimals (about 0.1 m): the intersection JTS computes is no rounder than that. */
	private static String degrees(double value) {
		return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
	}

	private static String text(JsonNode node) {
		return (node != null && node.isString()) ? node.asString() : null;
	}

	/** One feature refused, and why. */
	private static final class Refusal extends RuntimeException {

		Refusal(String message) {
			super(message, null, false, false);
		}

	}

}
