package cn.tongxin.graph.ledger;

import cn.tongxin.graph.ledger.Gcj02.Point;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The GCJ-02 offset and its inverse, against the points published with the offset's open implementations. */
class Gcj02Tests {

	/** WGS-84 latitude, longitude, then GCJ-02 latitude, longitude: Shanghai, Shenzhen, Beijing (eviltransform's). */
	static final double[][] KNOWN = { { 31.1774276, 121.5272106, 31.17530398364597, 121.531541859215 },
			{ 22.543847, 113.912316, 22.540796131694766, 113.9171764808363 },
			{ 39.911954, 116.377817, 39.91334545536069, 116.38404722455657 } };

	/** About a metre, in degrees. */
	static final double ONE_METRE = 0.00001;

	@Test
	void offsetsKnownPointsAsPublished() {
		for (double[] known : KNOWN) {
			Point gcj = Gcj02.fromWgs84(known[0], known[1]);
			assertThat(gcj.latitude()).isCloseTo(known[2], within(ONE_METRE));
			assertThat(gcj.longitude()).isCloseTo(known[3], within(ONE_METRE));
		}
	}

	@Test
	void takesKnownPointsBackWithinAMetre() {
		for (double[] known : KNOWN) {
			Point wgs = Gcj02.toWgs84(known[2], known[3]);
			assertThat(wgs.latitude()).isCloseTo(known[0], within(ONE_METRE));
			assertThat(wgs.longitude()).isCloseTo(known[1], within(ONE_METRE));
		}
	}

	@Test
	void comesBackToTheSamePointThereAndBackAcrossTheDistrict() {
		for (double latitude = 34.3; latitude < 34.9; latitude += 0.05) {
			for (double longitude = 107.0; longitude < 107.8; longitude += 0.05) {
				Point gcj = Gcj02.fromWgs84(latitude, longitude);
				// the offset is real: a few hundred metres here
				assertThat(Math.hypot(gcj.latitude() - latitude, gcj.longitude() - longitude)).isBetween(0.001, 0.01);
				Point back = Gcj02.toWgs84(gcj.latitude(), gcj.longitude());
				assertThat(back.latitude()).isCloseTo(latitude, within(ONE_METRE / 100));
				assertThat(back.longitude()).isCloseTo(longitude, within(ONE_METRE / 100));
			}
		}
	}

	@Test
	void leavesPointsOutsideChinaAsTheyAre() {
		assertThat(Gcj02.toWgs84(51.5, -0.12)).isEqualTo(new Point(51.5, -0.12));
		assertThat(Gcj02.fromWgs84(-33.86, 151.2)).isEqualTo(new Point(-33.86, 151.2));
	}

}
