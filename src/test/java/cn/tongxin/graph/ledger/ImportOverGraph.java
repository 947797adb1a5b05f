package cn.tongxin.graph.ledger;

import cn.tongxin.graph.TestSettings;
import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.system.GraphAvailability;
import cn.tongxin.graph.system.Today;
import cn.tongxin.graph.system.TownScope;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The application's own import, with its audit, transactions and availability, over a {@link LedgerGraph} a test
 * makes misbehave (a write that fails, a look-up that sees nothing), in batches of {@code batchSize}.
 */
final class ImportOverGraph {

	private ImportOverGraph() {
	}

	static LedgerImport of(ApplicationContext application, LedgerGraph graph, int batchSize) {
		return new LedgerImport(application.getBean(Ledgers.class), graph, application.getBean(TownScope.class),
				application.getBean(AuditTrail.class), application.getBean(PlatformTransactionManager.class),
				TestSettings.with(false, batchSize),
				application.getBean(GraphAvailability.class), application.getBean(Today.class));
	}

}
