package cn.tongxin.graph.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Every random choice of the demo, drawn from its one {@link Random}. Each method makes a fixed number of calls
 * in a fixed order, so the files of a seed stay byte-identical: changing how a method draws changes the demo.
 */
final class Draws {

	private final Random random;

	Draws(Random random) {
		this.random = random;
	}

	/** 0 to {@code bound} − 1. */
	int below(int bound) {
		return this.random.nextInt(bound);
	}

	/** 0 (inclusive) to 1 (exclusive). */
	double fraction() {
		return this.random.nextDouble();
	}

	int between(int min, int max) {
		return min + this.random.nextInt(max - min + 1);
	}

	double between(double min, double max) {
		return min + this.random.nextDouble() * (max - min);
	}

	/** Between min and max, most values near min: a few large enterprises, many small ones. */
	int skewed(int min, int max) {
		double draw = this.random.nextDouble();
		return min + (int) Math.round(draw * draw * draw * (max - min));
	}

	/** Around {@code centre}, kept within min..max. */
	double near(double centre, double spread, double min, double max) {
		return Math.max(min, Math.min(max, centre + this.random.nextGaussian() * spread));
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	LocalDate dateBetween(LocalDate first, LocalDate last) {
		return first.plusDays(this.random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
	}

	<T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	char pick(String characters) {
		return characters.charAt(this.random.nextInt(characters.length()));
	}

	/** One item, each as likely as its weight. */
	<T> T weighted(List<T> items, ToIntFunction<T> weight) {
		int total = items.stream().mapToInt(weight).sum();
		int draw = this.random.nextInt(total);
		for (T item : items) {
			draw -= weight.applyAsInt(item);
			if (draw < 0) {
				return item;
			}
		}
		throw new IllegalStateException("weights changed while drawing");
	}

	/** Shuffles the list in place. */
	void shuffle(List<?> items) {
		Collections.shuffle(items, this.random);
	}

	/** {@code count} items of the list in random order. */
	<T> List<T> sample(List<T> items, int count) {
		List<T> copy = new ArrayList<>(items);
		Collections.shuffle(copy, this.random);
		return copy.subList(0, count);
	}

	/** {@code count} distinct indexes below {@code size}; asked for membership only. */
	Set<Integer> indexes(int size, int count) {
		return new HashSet<>(shuffled(size).subList(0, count));
	}

	private List<Integer> shuffled(int size) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			order.add(i);
		}
		Collections.shuffle(order, this.random);
		return order;
	}

}
