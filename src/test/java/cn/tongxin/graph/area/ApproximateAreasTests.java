package cn.tongxin.graph.area;

import java.util.List;
import java.util.Map;

import cn.tongxin.graph.area.ApproximateAreas.Located;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Approximate areas: the villages' Voronoi cells, clipped to their widened hull and merged by town. */
class ApproximateAreasTests {

	static final GeometryFactory GEOMETRIES = new GeometryFactory();

	/** Two towns side by side on a grid of villages at the equator (no shortening of longitude): A west, B east. */
	static final List<Located> GRID = List.of(new Located("A", 0.0, 0.0), new Located("A", 0.0, 0.1),
			new Located("A", 0.1, 0.0), new Located("A", 0.1, 0.1), new Located("B", 0.2, 0.0),
			new Located("B", 0.2, 0.1), new Located("B", 0.3, 0.0), new Located("B", 0.3, 0.1));

	@Test
	void mergesEachTownsCellsIntoOneAreaWithItsVillagesInside() {
		Map<String, Geometry> areas = ApproximateAreas.of(GRID);

		assertThat(areas).containsOnlyKeys("A", "B");
		for (Located village : GRID) {
			Point point = GEOMETRIES.createPoint(new Coordinate(village.longitude(), village.latitude()));
			assertThat(areas.get(village.townCode()).contains(point)).as(village.toString()).isTrue();
		}
		assertThat(areas.get("A").getNumGeometries()).isEqualTo(1);
		assertThat(areas.get("A").isValid()).isTrue();
		// the border runs halfway between the towns' nearest villages
		assertThat(areas.get("A").getEnvelopeInternal().getMaxX()).isCloseTo(0.15, within(1e-9));
		assertThat(areas.get("B").getEnvelopeInternal().getMinX()).isCloseTo(0.15, within(1e-9));
		assertThat(areas.get("A").intersection(areas.get("B")).getArea()).isCloseTo(0.0, within(1e-12));
	}

	@Test
	void clipsToTheHullWidenedALittle() {
		Map<String, Geometry> areas = ApproximateAreas.of(GRID);
		Geometry all = areas.get("A").union(areas.get("B"));
		double margin = Math.max(ApproximateAreas.SMALLEST_MARGIN, ApproximateAreas.MARGIN_SHARE * Math.hypot(0.3, 0.1));

		// the hull is the rectangle 0..0.3 × 0..0.1, widened by the margin on every side, with rounded corners
		assertThat(all.getEnvelopeInternal().getMinX()).isCloseTo(-margin, within(1e-6));
		assertThat(all.getEnvelopeInternal().getMaxY()).isCloseTo(0.1 + margin, within(1e-6));
		assertThat(all.getArea()).isLessThan((0.3 + 2 * margin) * (0.1 + 2 * margin))
			.isGreaterThan(0.3 * 0.1 + 2 * margin * 0.4);
		// an edge village is inside, not on the border
		Point corner = GEOMETRIES.createPoint(new Coordinate(0.0, 0.0));
		assertThat(areas.get("A").getBoundary().distance(corner)).isGreaterThan(margin * 0.9);
	}

	@Test
	void drawsAreasForOneVillageAndForVillagesOnALine() {
		Map<String, Geometry> one = ApproximateAreas.of(List.of(new Located("A", 107.3, 34.6)));
		assertThat(one).containsOnlyKeys("A");
		assertThat(one.get("A").contains(GEOMETRIES.createPoint(new Coordinate(107.3, 34.6)))).isTrue();

		Map<String, Geometry> line = ApproximateAreas.of(List.of(new Located("A", 107.0, 34.6),
				new Located("B", 107.1, 34.6), new Located("C", 107.2, 34.6)));
		assertThat(line).containsOnlyKeys("A", "B", "C");
		assertThat(line.get("B").contains(GEOMETRIES.createPoint(new Coordinate(107.1, 34.6)))).isTrue();
		assertThat(line.get("A").intersects(GEOMETRIES.createPoint(new Coordinate(107.1, 34.6)))).isFalse();
	}

	@Test
	void countsTwoVillagesAtOnePointOnceAndDrawsNothingForNoVillage() {
		Map<String, Geometry> areas = ApproximateAreas.of(List.of(new Located("A", 107.3, 34.6),
				new Located("B", 107.3, 34.6), new Located("B", 107.4, 34.6)));
		assertThat(areas).containsOnlyKeys("A", "B");
		assertThat(ApproximateAreas.of(List.of())).isEmpty();
	}

	@Test
	void writesGeoJsonLongitudeFirst() {
		String json = ApproximateAreas.asGeoJson(List.of(new Located("A", 107.3, 34.6))).get("A");
		assertThat(json).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[107.").contains(",34.");
	}

}
