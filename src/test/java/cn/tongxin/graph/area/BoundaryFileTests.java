package cn.tongxin.graph.area;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A boundaries file read and checked, every feature on its own, without a graph. */
class BoundaryFileTests {

	static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[107.2,34.5],[107.4,34.5],[107.4,34.7],[107.2,34.7],[107.2,34.5]]]}";

	@Test
	void readsPolygonsAndMultiPolygonsNamedByCodeOrTownCode() {
		String twoPieces = "{\"type\":\"MultiPolygon\",\"coordinates\":[" + squareAt(107.5) + "," + squareAt(107.8) + "]}";
		BoundaryFile.Read read = read(feature("{\"code\":\"610322100\"}", SQUARE),
				feature("{\"town_code\":610322101,\"name\":\"乙镇\"}", twoPieces));

		assertThat(read.problems()).isEmpty();
		assertThat(read.boundaries()).extracting(BoundaryFile.Boundary::townCode).containsExactly("610322100", "610322101");
		assertThat(GeoJson.write(read.boundaries().get(0).geometry())).isEqualTo(SQUARE);
		assertThat(read.boundaries().get(1).geometry().getNumGeometries()).isEqualTo(2);
	}

	@Test
	void findsEveryProblemWithItsFeatureAndTown() {
		String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[107.2,34.5],[107.4,34.7],[107.4,34.5],[107.2,34.7],[107.2,34.5]]]}";
		String holeOutside = "{\"type\":\"Polygon\",\"coordinates\":[[[107.2,34.5],[107.4,34.5],[107.4,34.7],[107.2,34.7],[107.2,34.5]],"
				+ "[[108.2,34.5],[108.4,34.5],[108.4,34.7],[108.2,34.5]]]}";
		BoundaryFile.Read read = read(feature("{\"code\":\"610322100\"}", bowTie),
				feature("{\"name\":\"无名\"}", SQUARE),
				feature("{\"code\":\"610322102\"}", "{\"type\":\"Point\",\"coordinates\":[107.2,34.5]}"),
				feature("{\"code\":\"610322103\"}", SQUARE.replace("[[[107.2,34.5]", "[[[34.5,107.2]")),
				feature("{\"code\":\"610322104\"}", "{\"type\":\"Polygon\",\"coordinates\":[[[107.2,34.5],[107.4,34.5],[107.2,34.5]]]}"),
				feature("{\"code\":\"610322105\"}", holeOutside),
				feature("{\"code\":\"610322105\"}", SQUARE));

		assertThat(read.boundaries()).isEmpty();
		assertThat(read.problems()).extracting(BoundaryFile::describe).containsExactly(
				"第 1 个要素（镇 610322100）：边界自相交（边线交叉），在经度 107.3、纬度 34.6 附近",
				"第 2 个要素：properties 中没有镇的代码（code 或 town_code）",
				"第 3 个要素（镇 610322102）：geometry 应为 Polygon 或 MultiPolygon，而不是 Point",
				"第 4 个要素（镇 610322103）：外环第 1 个点 [34.5, 107.2] 超出范围：经度在前（−180..180），纬度在后（−90..90）",
				"第 5 个要素（镇 610322104）：外环只有 3 个点：一个环至少 4 个点（首尾相同）",
				"第 6 个要素（镇 610322105）：内环（洞）不在外环之内，在经度 108.2、纬度 34.5 附近",
				"第 7 个要素（镇 610322105）：这个镇已在第 6 个要素中出现，一个镇只能有一个边界（多块飞地请合为一个 MultiPolygon）");
	}

	@Test
	void refusesAFileThatIsNotAFeatureCollection() {
		assertThatThrownBy(() -> BoundaryFile.read(stream("code,name\n"))).isInstanceOf(BoundariesRefused.class)
			.hasMessage("文件不是有效的 JSON（GeoJSON），没有导入任何边界");
		assertThatThrownBy(() -> BoundaryFile.read(stream(SQUARE))).isInstanceOf(BoundariesRefused.class)
			.hasMessageStartingWith("文件不是 GeoJSON FeatureCollection");
	}

	private static String squareAt(double west) {
		return SQUARE.substring(SQUARE.indexOf("[[["), SQUARE.length() - 1).replace("107.2", String.valueOf(west))
			.replace("107.4", String.valueOf(west + 0.2));
	}

	private static String feature(String properties, String geometry) {
		return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
	}

	private static BoundaryFile.Read read(String... features) {
		return BoundaryFile.read(stream("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}"));
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
