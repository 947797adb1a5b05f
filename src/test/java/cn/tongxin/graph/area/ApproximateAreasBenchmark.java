package cn.tongxin.graph.area;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import cn.tongxin.graph.area.ApproximateAreas.Located;
import cn.tongxin.graph.demo.DemoDistrict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long drawing the approximate areas takes, without a graph: the demo district's located villages, and ten
 * times as many (each village with nine more within about 1.5 km). Recorded in docs/boundaries-and-coordinates.md.
 */
@Tag("benchmark")
class ApproximateAreasBenchmark {

	@Test
	void drawsTheDemoDistrictAndTenTimesIt() {
		List<Located> demo = demoVillages();
		var random = new Random(7);
		var tenTimes = new ArrayList<Located>(demo);
		for (int copy = 0; copy < 9; copy++) {
			for (Located village : demo) {
				tenTimes.add(new Located(village.townCode(), village.longitude() + (random.nextDouble() - 0.5) * 0.03,
						village.latitude() + (random.nextDouble() - 0.5) * 0.03));
			}
		}
		time("demo district", demo);
		time("ten times the demo", tenTimes);
	}

	private static void time(String what, List<Located> villages) {
		var micros = new long[12];
		for (int run = 0; run < micros.length; run++) {
			long start = System.nanoTime();
			ApproximateAreas.asGeoJson(villages);
			micros[run] = (System.nanoTime() - start) / 1000;
		}
		long[] warm = Arrays.copyOfRange(micros, 2, micros.length);
		Arrays.sort(warm);
		System.out.printf("%s, %d villages: first %.1f ms, warm median %.1f ms%n", what, villages.size(), micros[0] / 1000.0,
				warm[warm.length / 2] / 1000.0);
	}

	private static List<Located> demoVillages() {
		String[] lines = DemoDistrict.coreFiles(DemoDistrict.SEED).get("villages").split("\n");
		List<String> header = Arrays.asList(lines[0].strip().split(","));
		int town = header.indexOf("town_code");
		int latitude = header.indexOf("latitude");
		int longitude = header.indexOf("longitude");
		var villages = new ArrayList<Located>();
		for (int i = 1; i < lines.length; i++) {
			String[] cells = lines[i].strip().split(",", -1);
			if (!cells[latitude].isEmpty()) {
				villages.add(new Located(cells[town], Double.parseDouble(cells[longitude]), Double.parseDouble(cells[latitude])));
			}
		}
		return villages;
	}

}
