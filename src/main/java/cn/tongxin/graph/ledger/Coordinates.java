package cn.tongxin.graph.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * The datum of a file's latitude and longitude. The ledgers keep WGS-84 (CGCS2000, the same to well within a
 * metre): what a GPS receiver, a surveyor or 天地图 gives. Points read off 高德 or 腾讯 maps are GCJ-02, offset by a
 * few hundred metres; the import takes them back to WGS-84 before the rules run. 百度 (BD-09) adds an offset of its
 * own and is refused: convert it to GCJ-02 first.
 */
public enum Coordinates {

	WGS84, GCJ02;

	/** Decimal places kept of a converted degree: 7 is about a centimetre, far finer than the conversion. */
	private static final int DECIMALS = 7;

	/**
	 * From the request parameter {@code coordinates}: {@code wgs84} (the default) or {@code gcj02}.
	 * @throws UnreadableLedger for any other value, naming what to do with BD-09
	 */
	public static Coordinates parse(String given) {
		String value = (given == null) ? "" : given.strip().toLowerCase(Locale.ROOT).replace("-", "");
		switch (value) {
			case "":
			case "wgs84":
			case "cgcs2000":
				return WGS84;
			case "gcj02":
				return GCJ02;
			case "bd09":
				throw new UnreadableLedger("coordinates=bd09：百度坐标（BD-09）不能直接导入，请先转换为 GCJ-02 再用 coordinates=gcj02 导入");
			default:
				throw new UnreadableLedger("coordinates=" + given + "：只能是 wgs84（默认）或 gcj02");
		}
	}

	/**
	 * Takes a row's latitude and longitude to WGS-84, in place, when both cells hold numbers; anything else is left
	 * for the rules to judge as typed.
	 */
	void toWgs84(Map<String, String> cells) {
		if (this == WGS84) {
			return;
		}
		Double latitude = number(cells.get("latitude"));
		Double longitude = number(cells.get("longitude"));
		if (latitude == null || longitude == null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
			return;
		}
		Gcj02.Point wgs = Gcj02.toWgs84(latitude, longitude);
		cells.put("latitude", degrees(wgs.latitude()));
		cells.put("longitude", degrees(wgs.longitude()));
	}

	private static Double number(String cell) {
		if (cell == null || cell.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(cell.strip());
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String degrees(double value) {
		return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
	}

}
