package cn.tongxin.graph.system;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo district's store as the build zips it and a first start unzips it, on plain folders. */
class DemoStoreTests {

	@Test
	void restoresTheDefaultDatabaseAndItsTransactionLogsAsWritten(@TempDir Path built, @TempDir Path fresh)
			throws IOException {
		write(built, "data/databases/neo4j/neostore", "store");
		write(built, "data/databases/neo4j/schema/index/range-1.0/3/index-3", "index");
		write(built, "data/transactions/neo4j/neostore.transaction.db.0", "log");
		write(built, "data/databases/system/neostore", "the build's own users");
		var zip = new ByteArrayOutputStream();
		DemoStore.write(built, zip);

		DemoStore.restore(new ByteArrayInputStream(zip.toByteArray()), fresh);

		assertThat(fresh.resolve("data/databases/neo4j/neostore")).hasContent("store");
		assertThat(fresh.resolve("data/databases/neo4j/schema/index/range-1.0/3/index-3")).hasContent("index");
		assertThat(fresh.resolve("data/transactions/neo4j/neostore.transaction.db.0")).hasContent("log");
		assertThat(fresh.resolve("data/databases/system")).doesNotExist();
		assertThat(fresh.resolve("data/.demo-store-restoring")).doesNotExist();
	}

	@Test
	void replacesTheTransactionLogOfARestoreThatWasKilledBeforeItsDatabaseWasInPlace(@TempDir Path built,
			@TempDir Path fresh) throws IOException {
		write(built, "data/databases/neo4j/neostore", "store");
		write(built, "data/transactions/neo4j/neostore.transaction.db.0", "log");
		var zip = new ByteArrayOutputStream();
		DemoStore.write(built, zip);
		write(fresh, "data/transactions/neo4j/neostore.transaction.db.0", "half");
		write(fresh, "data/transactions/neo4j/neostore.transaction.db.1", "stale");

		DemoStore.restore(new ByteArrayInputStream(zip.toByteArray()), fresh);

		assertThat(fresh.resolve("data/transactions/neo4j/neostore.transaction.db.0")).hasContent("log");
		assertThat(fresh.resolve("data/transactions/neo4j/neostore.transaction.db.1")).doesNotExist();
		assertThat(fresh.resolve("data/databases/neo4j/neostore")).hasContent("store");
	}

	@Test
	void refusesAnEntryOutsideTheDatabasesFoldersAndLeavesNoDatabase(@TempDir Path fresh) throws IOException {
		for (String entry : new String[] { "databases/neo4j/../../../outside", "databases/system/auth", "neostore" }) {
			byte[] zip = zipOf("transactions/neo4j/log", entry);

			assertThatThrownBy(() -> DemoStore.restore(new ByteArrayInputStream(zip), fresh))
				.isInstanceOf(IOException.class).hasMessageContaining(entry);
			assertThat(fresh.resolve("outside")).doesNotExist();
			assertThat(fresh.resolve("data/databases")).doesNotExist();
			assertThat(fresh.resolve("data/transactions")).doesNotExist();
			assertThat(fresh.resolve("data/.demo-store-restoring")).doesNotExist();
		}
	}

	private static void write(Path home, String file, String content) throws IOException {
		Path path = home.resolve(file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, content);
	}

	private static byte[] zipOf(String... entries) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write(entry.getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
