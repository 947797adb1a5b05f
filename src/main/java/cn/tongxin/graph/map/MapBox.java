package cn.tongxin.graph.map;

import java.util.Locale;

import cn.tongxin.graph.system.InvalidArgument;

/** A box of the map in WGS-84 degrees (CGCS2000 reads the same to within a metre), as a view asks for it. */
record MapBox(double west, double south, double east, double north) {

	/** This box, or a refusal a client can act on: no box across the antimeridian, none upside down. */
	MapBox checked() {
		if (!(this.west >= -180 && this.east <= 180 && this.west < this.east)) {
			throw new InvalidArgument(String.format(Locale.ROOT,
					"box：west 须小于 east，且都在 -180 到 180 之间，收到 west %s、east %s", this.west, this.east));
		}
		if (!(this.south >= -90 && this.north <= 90 && this.south < this.north)) {
			throw new InvalidArgument(String.format(Locale.ROOT,
					"box：south 须小于 north，且都在 -90 到 90 之间，收到 south %s、north %s", this.south, this.north));
		}
		return this;
	}

	/** The part of this box inside {@code other}, or null when they do not meet; edges count as inside. */
	MapBox within(MapBox other) {
		double west = Math.max(this.west, other.west);
		double south = Math.max(this.south, other.south);
		double east = Math.min(this.east, other.east);
		double north = Math.min(this.north, other.north);
		return (west <= east && south <= north) ? new MapBox(west, south, east, north) : null;
	}

}
