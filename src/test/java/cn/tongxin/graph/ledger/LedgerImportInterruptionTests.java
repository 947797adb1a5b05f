package cn.tongxin.graph.ledger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.ledger.LedgerGraph.Written;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A batch the database does not take stops the import, and the report says what was stored before it. */
@GraphTest
class LedgerImportInterruptionTests {

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Ledgers ledgers;

	@Autowired
	ApplicationContext application;

	@BeforeEach
	void emptyGraph() {
		TestGraph.empty(this.neo4j);
	}

	@Test
	void retriesABatchThatMeetsAPassingFailure() {
		var ledgerImport = ImportOverGraph.of(this.application, new FailingOnce(this.neo4j, this.ledgers), 2);

		var report = ledgerImport.importFile("towns", "code,name\n610322100,甲镇\n610322101,乙镇\n".getBytes(StandardCharsets.UTF_8),
				false);

		assertThat(report.created()).isEqualTo(2);
		assertThat(this.neo4j.query("MATCH (t:Town) RETURN count(t)").fetchAs(Long.class).one()).hasValue(2L);
	}

	@Test
	void keepsTheBatchesBeforeAFailedOneAndReportsWhereItStopped() {
		var ledgerImport = ImportOverGraph.of(this.application, new FailingOnSecondWrite(this.neo4j, this.ledgers), 2);
		String towns = "code,name\n610322100,甲镇\n610322101,乙镇\nbad,丙镇\n610322102,丁镇\n610322103,戊镇\n610322104,己镇\n";

		ImportInterrupted interrupted = catchThrowableOfType(ImportInterrupted.class,
				() -> ledgerImport.importFile("towns", towns.getBytes(StandardCharsets.UTF_8), false));

		assertThat(interrupted.getMessage()).startsWith("导入在写入数据库时中断：已保存 2 行");
		assertThat(interrupted.retryable()).isTrue();
		assertThat(interrupted.soFar().created()).isEqualTo(2);
		assertThat(interrupted.soFar().rejected()).extracting(ImportReport.RejectedRow::line).containsExactly(4);
		assertThat(this.neo4j.query("MATCH (t:Town) RETURN t.code ORDER BY t.code").fetchAs(String.class).all())
			.containsExactly("610322100", "610322101");
		// each batch's audit entry went with its batch: the first is there, the failed one is not
		assertThat(this.neo4j.query("MATCH (a:AuditEntry {kind: 'towns'}) RETURN a.keys AS keys").fetch().all())
			.containsExactly(Map.of("keys", List.of("610322100", "610322101")));
	}

	/** The real graph, except that its first write fails as a deadlock would, and then all is well. */
	static class FailingOnce extends LedgerGraph {

		private boolean failed;

		FailingOnce(Neo4jClient neo4j, Ledgers ledgers) {
			super(neo4j, ledgers);
		}

		@Override
		Map<List<Object>, Written> write(Sheet sheet, List<Map<String, Object>> rows, Set<List<Object>> stored,
				List<String> userTowns) {
			if (!this.failed) {
				this.failed = true;
				throw new TransientDataAccessResourceException("deadlock");
			}
			return super.write(sheet, rows, stored, userTowns);
		}

	}

	/** The real graph, except that every write after the first fails as a lost connection would. */
	static class FailingOnSecondWrite extends LedgerGraph {

		private int writes;

		FailingOnSecondWrite(Neo4jClient neo4j, Ledgers ledgers) {
			super(neo4j, ledgers);
		}

		@Override
		Map<List<Object>, Written> write(Sheet sheet, List<Map<String, Object>> rows, Set<List<Object>> stored,
				List<String> userTowns) {
			if (++this.writes >= 2) {
				throw new TransientDataAccessResourceException("connection lost");
			}
			return super.write(sheet, rows, stored, userTowns);
		}

	}

}
