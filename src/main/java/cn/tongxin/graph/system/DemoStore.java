package cn.tongxin.graph.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.FileSystemUtils;

/**
 * The demo district's store as the build made it ({@code demo/DemoStoreBuild}, run by {@code mvn package}): the
 * embedded Neo4j's database and its transaction logs after a first start that loaded the demo, zipped into the jar.
 * A first start with the demo district restores it into the new store instead of generating, checking and loading
 * the demo's ledgers again (about 40 s of a 50 s start on the 2-core build machine). Where the jar has none (the
 * service run from its classes, as {@code mvn spring-boot:run} and the tests do), the demo is loaded as before.
 * <p>
 * Only ever into a new store: a folder that holds a database is never touched.
 */
public final class DemoStore {

	/** The snapshot's name on the classpath, as {@code mvn package} writes it into the jar. */
	public static final String RESOURCE = "demo-store.zip";

	/** What the snapshot holds, relative to the embedded Neo4j's {@code data} folder: the default database's. */
	static final List<String> FOLDERS = List.of("transactions/neo4j", "databases/neo4j");

	private static final String RESTORING = ".demo-store-restoring";

	private static final Log logger = LogFactory.getLog(DemoStore.class);

	private DemoStore() {
	}

	/** Whether this build has the demo district's store. */
	public static boolean present() {
		return resource() != null;
	}

	/**
	 * Restores the build's demo store into {@code home} if it holds no database yet and the build has one.
	 * @return whether it did
	 */
	static boolean restoreIfNew(Path home) {
		URL snapshot = resource();
		if (snapshot == null || !EmbeddedStorePreparation.newStore(home)) {
			return false;
		}
		long start = System.nanoTime();
		try (InputStream in = snapshot.openStream()) {
			restore(in, home);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not restore the demo district's store into " + home, ex);
		}
		logger.info("Restored the demo district's store, as the build made it, into %s (%d ms)".formatted(home,
				(System.nanoTime() - start) / 1_000_000));
		return true;
	}

	/**
	 * Unzips a snapshot into {@code home}'s {@code data} folder. It is unpacked beside it first and moved into place
	 * folder by folder, the database last: a start killed half way leaves no database, so the next start restores
	 * again rather than open half a store.
	 */
	static void restore(InputStream zip, Path home) throws IOException {
		Path data = home.resolve("data");
		Path restoring = data.resolve(RESTORING);
		FileSystemUtils.deleteRecursively(restoring);
		Files.createDirectories(restoring);
		try (var entries = new ZipInputStream(zip)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				Path target = restoring.resolve(entry.getName()).normalize();
				if (!target.startsWith(restoring) || FOLDERS.stream().noneMatch(folder -> target.startsWith(restoring.resolve(folder)))) {
					throw new IOException("The demo store holds an entry outside its two folders: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					Files.copy(entries, target);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			FileSystemUtils.deleteRecursively(restoring);
			throw ex;
		}
		for (String folder : FOLDERS) {
			Path target = data.resolve(folder);
			FileSystemUtils.deleteRecursively(target); // a transaction log left by a restore that was killed
			Files.createDirectories(target.getParent());
			Files.move(restoring.resolve(folder), target);
		}
		FileSystemUtils.deleteRecursively(restoring);
	}

	/** Zips the default database of {@code home}, an embedded Neo4j's home that has been shut down. */
	public static void write(Path home, OutputStream out) throws IOException {
		Path data = home.resolve("data");
		try (var zip = new ZipOutputStream(out)) {
			for (String folder : FOLDERS) {
				List<Path> files;
				try (Stream<Path> walk = Files.walk(data.resolve(folder))) {
					files = walk.sorted().toList();
				}
				for (Path file : files) {
					String name = data.relativize(file).toString().replace('\\', '/');
					boolean folderEntry = Files.isDirectory(file);
					zip.putNextEntry(new ZipEntry(folderEntry ? name + "/" : name));
					if (!folderEntry) {
						Files.copy(file, zip);
					}
					zip.closeEntry();
				}
			}
		}
	}

	private static URL resource() {
		return DemoStore.class.getClassLoader().getResource(RESOURCE);
	}

}
