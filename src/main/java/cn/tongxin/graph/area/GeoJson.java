package cn.tongxin.graph.area;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a polygonal geometry as a GeoJSON geometry, longitude first. Numbers are written plainly (no exponent),
 * rounded to {@code decimals} places when that is given: 6 places is about 0.1 m, finer than any map needs.
 */
final class GeoJson {

	private GeoJson() {
	}

	/** A Polygon or MultiPolygon as given, every digit kept. */
	static String write(Geometry geometry) {
		return write(geometry, -1);
	}

	static String write(Geometry geometry, int decimals) {
		var json = new StringBuilder(64 + geometry.getNumPoints() * 24);
		if (geometry instanceof Polygon polygon) {
			json.append("{\"type\":\"Polygon\",\"coordinates\":");
			polygon(polygon, decimals, json);
		}
		else if (geometry instanceof MultiPolygon multi) {
			json.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
			for (int i = 0; i < multi.getNumGeometries(); i++) {
				if (i > 0) {
					json.append(',');
				}
				polygon((Polygon) multi.getGeometryN(i), decimals, json);
			}
			json.append(']');
		}
		else {
			throw new IllegalArgumentException("not polygonal: " + geometry.getGeometryType());
		}
		return json.append('}').toString();
	}

	private static void polygon(Polygon polygon, int decimals, StringBuilder json) {
		json.append('[');
		ring(polygon.getExteriorRing(), decimals, json);
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			json.append(',');
			ring(polygon.getInteriorRingN(i), decimals, json);
		}
		json.append(']');
	}

	private static void ring(LineString ring, int decimals, StringBuilder json) {
		json.append('[');
		Coordinate[] coordinates = ring.getCoordinates();
		for (int i = 0; i < coordinates.length; i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append('[').append(number(coordinates[i].x, decimals)).append(',')
				.append(number(coordinates[i].y, decimals)).append(']');
		}
		json.append(']');
	}

	private static String number(double value, int decimals) {
		BigDecimal number = BigDecimal.valueOf(value);
		if (decimals >= 0) {
			number = number.setScale(decimals, RoundingMode.HALF_EVEN);
		}
		String plain = number.stripTrailingZeros().toPlainString();
		return plain.equals("-0") ? "0" : plain;
	}

}
