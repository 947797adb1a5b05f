package cn.tongxin.graph.ledger;

/**
 * The GCJ-02 offset (火星坐标) that Chinese web maps (高德, 腾讯) add to WGS-84, and its inverse. The offset is the
 * published one (a = 6378245, e² = 0.00669342162296594323, the polynomial-and-sine terms around 105° E, 35° N),
 * a few hundred metres, varying from place to place; points outside China are not offset. It has no closed
 * inverse: the WGS-84 point is found by iteration, each step moving the guess by how far its GCJ-02 image misses
 * the given point, which comes within a millimetre in a few steps.
 */
public final class Gcj02 {

	private static final double A = 6378245.0;

	private static final double EE = 0.00669342162296594323;

	/** Steps enough for any point: each step shrinks the miss by about a thousand times. */
	private static final int MOST_STEPS = 30;

	/** Degrees: about 0.1 mm. */
	private static final double CLOSE_ENOUGH = 1e-9;

	private Gcj02() {
	}

	/** A point as latitude and longitude, in degrees. */
	public record Point(double latitude, double longitude) {
	}

	/** Whether the point lies outside the box where the offset applies (the usual rough box around China). */
	public static boolean outsideChina(double latitude, double longitude) {
		return longitude < 72.004 || longitude > 137.8347 || latitude < 0.8293 || latitude > 55.8271;
	}

	/** The GCJ-02 point a Chinese web map shows for a WGS-84 point. */
	public static Point fromWgs84(double latitude, double longitude) {
		if (outsideChina(latitude, longitude)) {
			return new Point(latitude, longitude);
		}
		double x = longitude - 105.0;
		double y = latitude - 35.0;
		double radLat = Math.toRadians(latitude);
		double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
		double sqrtMagic = Math.sqrt(magic);
		double dLat = (latitudeShift(x, y) * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
		double dLon = (longitudeShift(x, y) * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
		return new Point(latitude + dLat, longitude + dLon);
	}

	/** The WGS-84 point of a GCJ-02 one, by iteration. */
	public static Point toWgs84(double latitude, double longitude) {
		if (outsideChina(latitude, longitude)) {
			return new Point(latitude, longitude);
		}
		double lat = latitude;
		double lon = longitude;
		for (int step = 0; step < MOST_STEPS; step++) {
			Point image = fromWgs84(lat, lon);
			double missLat = image.latitude() - latitude;
			double missLon = image.longitude() - longitude;
			lat -= missLat;
			lon -= missLon;
			if (Math.abs(missLat) < CLOSE_ENOUGH && Math.abs(missLon) < CLOSE_ENOUGH) {
				break;
			}
		}
		return new Point(lat, lon);
	}

	private static double latitudeShift(double x, double y) {
		double shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
		shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		shift += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
		shift += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		return shift;
	}

	private static double longitudeShift(double x, double y) {
		double shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
		shift += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		shift += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
		shift += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		return shift;
	}

}
