package cn.tongxin.graph.area;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Approximate (示意) town areas from the villages' points: each village gets the land nearer to it than to any
 * other village (a Voronoi diagram), within the convex hull of all the villages widened a little so that the
 * villages on the edge are not on the border, and a town's area is the union of its villages' cells. It is no
 * administrative boundary: a town's real border runs wherever it runs, this only says which village is nearest.
 * <p>
 * Distances are measured on a plane where a degree of longitude is shortened by the cosine of the district's
 * latitude, so that cells are not stretched east–west (at 34° N a degree of longitude is 0.83 of one of latitude).
 */
final class ApproximateAreas {

	/** The hull is widened by this share of its envelope's diagonal, ... */
	static final double MARGIN_SHARE = 0.03;

	/** ... and by at least this many degrees (about 1 km): a district of a few villages still gets areas. */
	static final double SMALLEST_MARGIN = 0.01;

	/** Where a village lies, and its town. */
	record Located(String townCode, double longitude, double latitude) {
	}

	private static final GeometryFactory GEOMETRIES = new GeometryFactory();

	private ApproximateAreas() {
	}

	/**
	 * Each town's area, by town code, in code order; a town with no village among {@code villages} has none. Two
	 * villages at the same point count once, for the town of the first given (the caller gives
	 * them in town-code order).
	 */
	static Map<String, Geometry> of(List<Located> villages) {
		if (villages.isEmpty()) {
			return Map.of();
		}
		double meanLatitude = villages.stream().mapToDouble(Located::latitude).average().orElse(0);
		double shrink = Math.max(Math.cos(Math.toRadians(meanLatitude)), 0.1);
		var townOfSite = new LinkedHashMap<Coordinate, String>();
		for (Located village : villages) {
			townOfSite.putIfAbsent(new Coordinate(village.longitude() * shrink, village.latitude()), village.townCode());
		}
		List<Coordinate> sites = new ArrayList<>(townOfSite.keySet());
		Geometry hull = GEOMETRIES.createMultiPointFromCoords(sites.toArray(Coordinate[]::new)).convexHull();
		Envelope envelope = hull.getEnvelopeInternal();
		double diagonal = Math.hypot(envelope.getWidth(), envelope.getHeight());
		Geometry clip = hull.buffer(Math.max(SMALLEST_MARGIN, MARGIN_SHARE * diagonal));

		var cellsByTown = new TreeMap<String, List<Geometry>>();
		if (sites.size() == 1) {
			cellsByTown.put(townOfSite.get(sites.get(0)), List.of(clip));
		}
		else {
			var voronoi = new VoronoiDiagramBuilder();
			voronoi.setSites(sites);
			Envelope frame = new Envelope(clip.getEnvelopeInternal());
			frame.expandBy(Math.max(frame.getWidth(), frame.getHeight()));
			voronoi.setClipEnvelope(frame);
			// the cells unclipped: the builder's own clipping uses the older overlay, which fails on the degenerate
			// cells of villages on a regular grid. Those wholly inside (most of them) need no clipping at all.
			PreparedGeometry inside = PreparedGeometryFactory.prepare(clip);
			@SuppressWarnings("unchecked")
			List<Geometry> cells = voronoi.getSubdivision().getVoronoiCellPolygons(GEOMETRIES);
			for (Geometry cell : cells) {
				String town = townOfSite.get((Coordinate) cell.getUserData());
				if (town != null) {
					cellsByTown.computeIfAbsent(town, code -> new ArrayList<>()).add(inside.contains(cell) ? cell
							: OverlayNGRobust.overlay(cell, clip, OverlayNG.INTERSECTION));
				}
			}
		}
		var stretch = AffineTransformation.scaleInstance(1 / shrink, 1);
		var areas = new LinkedHashMap<String, Geometry>();
		cellsByTown.forEach((town, cells) -> {
			Geometry union = polygonal(OverlayNGRobust.union(cells));
			if (!union.isEmpty()) {
				areas.put(town, stretch.transform(union));
			}
		});
		return areas;
	}

	/** Only the polygons of a geometry: a union of cells that touch at a corner may carry a stray line or point. */
	private static Geometry polygonal(Geometry geometry) {
		if (geometry instanceof Polygon || geometry instanceof org.locationtech.jts.geom.MultiPolygon) {
			return geometry;
		}
		@SuppressWarnings("unchecked")
		List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
		return GEOMETRIES.buildGeometry(polygons);
	}

	/** Each town's area as GeoJSON, to 6 decimal places (about 0.1 m). */
	static Map<String, String> asGeoJson(List<Located> villages) {
		var written = new HashMap<String, String>();
		of(villages).forEach((town, area) -> written.put(town, GeoJson.write(area, 6)));
		return written;
	}

}
