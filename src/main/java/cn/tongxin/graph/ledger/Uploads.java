package cn.tongxin.graph.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.tongxin.graph.system.TongxinProperties;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Takes an upload's body, of any size up to {@code tongxin.ledger.max-upload-size}, into a temporary file without
 * holding it in memory. A body that declares a larger length is refused before a byte of it is read; one sent
 * without a length (chunked) is counted as it comes and refused the moment it passes the limit. Either way
 * nothing is written to the graph, since the import starts only once the whole body is in.
 */
@Component
public class Uploads {

	private volatile DataSize limit;

	Uploads(TongxinProperties properties) {
		this.limit = properties.ledger().maxUploadSize();
	}

	/** The limit now; read at every upload. */
	DataSize limit() {
		return this.limit;
	}

	/** Sets the limit for the uploads that follow (tests lower it rather than start another application). */
	void limit(DataSize limit) {
		this.limit = limit;
	}

	/**
	 * The request's body, in a file readable by its owner only, deleted when the upload is closed.
	 * @throws UploadTooLarge when the body is larger than the limit
	 */
	public Upload receive(HttpServletRequest request) {
		return receive(request, this.limit);
	}

	/**
	 * The same, for a kind of upload with a limit of its own: the smaller of the two holds, and a body past it is
	 * refused as soon as it is known, as any other.
	 * @throws UploadTooLarge when the body is larger than the smaller limit
	 */
	public Upload receive(HttpServletRequest request, DataSize most) {
		DataSize limit = (most.compareTo(this.limit) < 0) ? most : this.limit;
		if (request.getContentLengthLong() > limit.toBytes()) {
			throw new UploadTooLarge(limit);
		}
		Path file = null;
		try {
			// createTempFile makes the file readable and writable by its owner only
			file = Files.createTempFile("tongxin-upload-", ".part");
			try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[64 * 1024];
				long received = 0;
				for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
					received += read;
					if (received > limit.toBytes()) {
						throw new UploadTooLarge(limit);
					}
					out.write(buffer, 0, read);
				}
			}
			return new Upload(file);
		}
		catch (IOException | RuntimeException ex) {
			delete(file);
			if (ex instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			throw (RuntimeException) ex;
		}
	}

	private static void delete(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// nothing more to do: the file is in the system's temporary folder, owner-only
		}
	}

	/** A received body: read it as often as needed, then close it to delete it. */
	public record Upload(Path file) implements LedgerSource, AutoCloseable {

		@Override
		public InputStream open() throws IOException {
			return Files.newInputStream(this.file);
		}

		@Override
		public void close() {
			delete(this.file);
		}

	}

}
