package cn.tongxin.graph.ledger;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads of any size: a body over {@code tongxin.ledger.max-upload-size} gets 413 and writes nothing, whether it
 * declares its length or comes in chunks; one within it is imported; and a file's rows go to the graph a batch at
 * a time while the file is still being read. The limit is lowered on the shared application, not set in another.
 */
@GraphTest
class UploadLimitTests {

	static final DataSize LIMIT = DataSize.ofKilobytes(1);

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Ledgers ledgers;

	@Autowired
	Uploads uploads;

	@Autowired
	ApplicationContext application;

	TongxinHttp admin;

	DataSize configured;

	@BeforeEach
	void aTownAndASmallLimit() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n");
		this.configured = this.uploads.limit();
		this.uploads.limit(LIMIT);
	}

	@AfterEach
	void theConfiguredLimit() {
		this.uploads.limit(this.configured);
	}

	@Test
	void defaultsTo256Megabytes() {
		assertThat(this.configured).isEqualTo(DataSize.ofMegabytes(256));
	}

	@Test
	void refusesABodyDeclaredLargerThanTheLimitAndWritesNothing() {
		byte[] file = villages(60);
		assertThat(file.length).isGreaterThan((int) LIMIT.toBytes());

		HttpResponse<String> response = this.admin.postImport("villages", "text/csv; charset=utf-8", file);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("文件超过了 1 KB 的上限，没有导入任何内容");
		assertNothingWritten();
	}

	@Test
	void refusesAChunkedBodyOnceItPassesTheLimitAndWritesNothing() {
		HttpResponse<String> response = postChunked("/api/import/villages", "text/csv; charset=utf-8", villages(60));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("没有导入任何内容");
		assertNothingWritten();
	}

	@Test
	void refusesABackupLargerThanTheLimit() {
		HttpResponse<String> response = postChunked("/api/import/all", "application/zip", new byte[2048]);

		assertThat(response.statusCode()).isEqualTo(413);
	}

	@Test
	void refusesABoundariesFileLargerThanTheLimit() {
		HttpResponse<String> response = postChunked("/api/import/boundaries", "application/geo+json", new byte[2048]);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("文件超过了 1 KB 的上限", "文件太大");
	}

	@Test
	void importsABodyWithinTheLimitDeclaredOrChunked() {
		byte[] small = villages(10);
		assertThat(small.length).isLessThan((int) LIMIT.toBytes());

		assertThat(this.admin.postImport("villages", "text/csv; charset=utf-8", small).statusCode()).isEqualTo(200);
		HttpResponse<String> again = postChunked("/api/import/villages", "text/csv; charset=utf-8", small);

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("\"unchanged\":10");
		assertThat(this.neo4j.query("MATCH (v:Village) RETURN count(v)").fetchAs(Long.class).one()).hasValue(10L);
	}

	/**
	 * 20,000 rows in batches of 1,000, from a file made as it is read: the first batch is written when a small
	 * part of the file has been read, and each batch while the rest is still unread.
	 */
	@Test
	void writesEachBatchWhileTheFileIsStillBeingRead() {
		int rows = 20_000;
		var reads = new ArrayList<GeneratedTowns>();
		var readWhenWritten = new ArrayList<Long>();
		var graph = new LedgerGraph(this.neo4j, this.ledgers) {

			@Override
			Map<List<Object>, Written> write(Sheet sheet, List<Map<String, Object>> batch, Set<List<Object>> stored,
					List<String> userTowns) {
				readWhenWritten.add(reads.get(reads.size() - 1).produced);
				return super.write(sheet, batch, stored, userTowns);
			}

		};
		var ledgerImport = ImportOverGraph.of(this.application, graph, 1000);

		ImportReport report = ledgerImport.importFile("towns", () -> {
			var towns = new GeneratedTowns(rows);
			reads.add(towns);
			return towns;
		}, false);

		assertThat(report.created()).isEqualTo(rows);
		assertThat(reads).as("read once to check, once to import").hasSize(2);
		long size = reads.get(1).produced;
		assertThat(readWhenWritten).hasSize(rows / 1000);
		assertThat(readWhenWritten.get(0)).isLessThan(size / 10);
		assertThat(readWhenWritten.subList(0, readWhenWritten.size() - 1)).allSatisfy(read -> assertThat(read).isLessThan(size));
	}

	private void assertNothingWritten() {
		assertThat(this.neo4j.query("MATCH (v:Village) RETURN count(v)").fetchAs(Long.class).one()).hasValue(0L);
		assertThat(this.neo4j.query("MATCH (a:AuditEntry {kind: 'villages'}) RETURN count(a)").fetchAs(Long.class).one())
			.hasValue(0L);
	}

	private static byte[] villages(int count) {
		var csv = new StringBuilder("code,name,town_code\n");
		for (int i = 0; i < count; i++) {
			csv.append("610322100%03d,村%d,610322100\n".formatted(i, i));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A body of unknown length, which the client sends in chunks. */
	private HttpResponse<String> postChunked(String path, String contentType, byte[] body) {
		return this.admin.send(HttpRequest.newBuilder(URI.create(this.admin.baseUrl() + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
	}

	/** A towns ledger of {@code rows} rows, made as it is read and never held whole; counts the bytes handed out. */
	static final class GeneratedTowns extends InputStream {

		private final int rows;

		private int next = -1;

		private byte[] line = new byte[0];

		private int at;

		long produced;

		GeneratedTowns(int rows) {
			this.rows = rows;
		}

		@Override
		public int read() {
			if (this.at == this.line.length) {
				if (this.next == this.rows) {
					return -1;
				}
				this.line = ((this.next < 0) ? "code,name\n" : "%09d,镇%d\n".formatted(600000000 + this.next, this.next))
					.getBytes(StandardCharsets.UTF_8);
				this.next++;
				this.at = 0;
			}
			this.produced++;
			return this.line[this.at++] & 0xFF;
		}

	}

}
