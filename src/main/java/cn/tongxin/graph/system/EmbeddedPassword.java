package cn.tongxin.graph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The password of the embedded database's own user, {@value #USER}: 256 random bits, made on the first start and
 * kept in {@value #FILE} in the data folder, readable by its owner only. The service signs in with it; an operator
 * who opens Bolt to outside tools reads it there. Never logged.
 */
final class EmbeddedPassword {

	static final String USER = "neo4j";

	static final String FILE = "neo4j-password";

	private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

	private EmbeddedPassword() {
	}

	/** The password kept in {@code home}, if one has been made. */
	static Optional<String> read(Path home) {
		Path file = home.resolve(FILE);
		try {
			return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the embedded database's password in " + file, ex);
		}
	}

	/** A new password: 32 bytes from a strong random source, as URL-safe Base64. */
	static String generate() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	/** Keeps the password in {@code home}: written whole or not at all, readable by its owner only. */
	static void keep(Path home, String password) {
		try {
			Path temporary = posix(home) ? Files.createTempFile(home, FILE, ".new", ownerOnly(OWNER_ONLY_FILE))
					: Files.createTempFile(home, FILE, ".new");
			Files.writeString(temporary, password);
			Files.move(temporary, home.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the embedded database's password in " + home, ex);
		}
	}

	static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	static FileAttribute<Set<PosixFilePermission>> ownerOnly(Set<PosixFilePermission> permissions) {
		return PosixFilePermissions.asFileAttribute(permissions);
	}

}
