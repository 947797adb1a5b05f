package cn.tongxin.graph;

import java.nio.file.Path;
import java.time.ZoneId;

import cn.tongxin.graph.system.TongxinProperties;

/** Settings for a component a test builds by hand, with only what the test is about changed. */
public final class TestSettings {

	private TestSettings() {
	}

	public static TongxinProperties with(boolean demoData, int batchSize) {
		return new TongxinProperties(Path.of("unused"), new TongxinProperties.Embedded(0, "256m"), demoData,
				ZoneId.of("Asia/Shanghai"), new TongxinProperties.Ledger(batchSize), GraphTest.ADMIN_PASSWORD,
				new TongxinProperties.Security(4),
				new TongxinProperties.GraphQl(10, 1000, org.springframework.util.unit.DataSize.ofKilobytes(64), 10000,
						java.time.Duration.ofSeconds(30)),
				null);
	}

}
