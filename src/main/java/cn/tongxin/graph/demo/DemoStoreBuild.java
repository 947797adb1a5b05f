package cn.tongxin.graph.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.tongxin.graph.TongxinApplication;
import cn.tongxin.graph.system.DemoStore;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Makes the build's {@link DemoStore}: starts the service once on a new folder, which loads the demo district as a
 * first start without a snapshot does (its ledgers bulk-loaded, its members' adjustments and the work ledgers
 * through the import, the schema's migrations applied), stops it, and zips the database. {@code mvn package} runs it
 * (pom.xml, {@code demo-store}) into the classes the jar is made of; {@code -Dtongxin.demo-store.skip} leaves it
 * out, and the jar then loads the demo on a first start as before.
 * <p>
 * Usage: {@code DemoStoreBuild <zip file>}. The file is replaced; it is deleted first, so that this start cannot
 * restore an earlier one found on its own classpath.
 */
public final class DemoStoreBuild {

	private DemoStoreBuild() {
	}

	public static void main(String[] args) throws IOException {
		Path zip = Path.of(args[0]).toAbsolutePath();
		Files.deleteIfExists(zip);
		Path home = Files.createTempDirectory("tongxin-demo-store");
		try {
			long start = System.nanoTime();
			ConfigurableApplicationContext service = TongxinApplication.application().run(
					"--tongxin.data-dir=" + home.resolve("store"), "--tongxin.demo-data=true", "--server.port=0",
					"--tongxin.embedded.bolt-port=0", "--tongxin.ledger.rehearse-at-start=false",
					"--spring.main.banner-mode=off", "--logging.level.root=WARN",
					"--logging.level.cn.tongxin.graph.demo=INFO");
			// closed, the embedded Neo4j checkpoints and shuts down: the store's files are then complete
			SpringApplication.exit(service);
			Files.createDirectories(zip.getParent());
			try (OutputStream out = Files.newOutputStream(zip)) {
				DemoStore.write(home.resolve("store"), out);
			}
			System.out.printf("The demo district's store: %s, %,d bytes, made in %d s%n", zip, Files.size(zip),
					(System.nanoTime() - start) / 1_000_000_000);
		}
		finally {
			FileSystemUtils.deleteRecursively(home);
		}
		System.exit(0); // no thread the service leaves behind keeps the build waiting
	}

}
