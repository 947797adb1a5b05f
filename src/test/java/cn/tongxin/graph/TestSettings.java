package cn.tongxin.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import cn.tongxin.graph.system.TongxinProperties;

/** Settings for a component a test builds by hand, with only what the test is about changed. */
public final class TestSettings {

	private TestSettings() {
	}

	public static TongxinProperties with(boolean demoData, int batchSize) {
		return new TongxinProperties(Path.of("unused"), new TongxinProperties.Embedded(0, "256m"), demoData,
				ZoneId.of("Asia/Shanghai"), new TongxinProperties.Ledger(batchSize,
				org.springframework.util.unit.DataSize.ofMegabytes(256)), GraphTest.ADMIN_PASSWORD,
				new TongxinProperties.Security(4, Duration.ofHours(8), Duration.ofMinutes(30), Duration.ofSeconds(10),
						new TongxinProperties.Lockout(10, Duration.ofMinutes(15), Duration.ofMinutes(15))),
				new TongxinProperties.GraphQl(10, 1000, org.springframework.util.unit.DataSize.ofKilobytes(64), 10000,
						Duration.ofSeconds(30)),
				null);
	}

}
