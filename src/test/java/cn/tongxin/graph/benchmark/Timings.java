package cn.tongxin.graph.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Times a request over its inputs, after warming up, and answers a row of the benchmarks' tables. */
final class Timings {

	private Timings() {
	}

	/**
	 * {@code | what | requests | mean | p50 | p95 | p99 | max |}, in ms, over {@code passes} passes after
	 * {@code warmUps}; {@code request} checks its own answer.
	 */
	static <T> String row(String what, List<T> inputs, int warmUps, int passes, Consumer<T> request) {
		for (int pass = 0; pass < warmUps; pass++) {
			inputs.forEach(request);
		}
		var millis = new ArrayList<Double>();
		for (int pass = 0; pass < passes; pass++) {
			for (T input : inputs) {
				long start = System.nanoTime();
				request.accept(input);
				millis.add((System.nanoTime() - start) / 1e6);
			}
		}
		return row(what, millis);
	}

	/** The same row over times measured elsewhere, in ms. */
	static String row(String what, List<Double> measured) {
		var millis = new ArrayList<Double>(measured);
		millis.sort(Double::compare);
		double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		return "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |".formatted(what, millis.size(), mean, percentile(millis, 50),
				percentile(millis, 95), percentile(millis, 99), millis.get(millis.size() - 1));
	}

	private static double percentile(List<Double> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

}
