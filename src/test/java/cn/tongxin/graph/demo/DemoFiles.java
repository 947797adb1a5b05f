package cn.tongxin.graph.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo district's files by name ({@code member-adjustments} for the members' second file), read back with a
 * plain split: the demo's text has no quoted cells.
 */
final class DemoFiles {

	static final Map<String, String> FILES = DemoDistrict.files(DemoDistrict.SEED)
		.stream()
		.collect(Collectors.toMap(DemoDistrict.LedgerFile::name, DemoDistrict.LedgerFile::csv, (a, b) -> a,
				LinkedHashMap::new));

	private DemoFiles() {
	}

	/** Each row of the file named {@code name}, by header. */
	static List<Map<String, String>> rows(String name) {
		String[] lines = FILES.get(name).split("\n");
		String[] header = lines[0].split(",");
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			String[] cells = lines[i].split(",", -1);
			Map<String, String> row = new LinkedHashMap<>();
			for (int c = 0; c < header.length; c++) {
				row.put(header[c], cells[c]);
			}
			rows.add(row);
		}
		return rows;
	}

	/** The values of one column. */
	static Set<String> column(String name, String column) {
		return rows(name).stream().map((row) -> row.get(column)).collect(Collectors.toSet());
	}

	/** One column's values by another's, a key. */
	static Map<String, String> column(String name, String key, String column) {
		return rows(name).stream().collect(Collectors.toMap((row) -> row.get(key), (row) -> row.get(column)));
	}

}
