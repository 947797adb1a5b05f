package cn.tongxin.graph.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.ledger.InitialLoad;
import cn.tongxin.graph.ledger.Ledgers;
import cn.tongxin.graph.system.DemoStore;
import cn.tongxin.graph.system.EmbeddedStorePreparation;
import cn.tongxin.graph.system.Today;
import cn.tongxin.graph.system.TongxinProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo district's first start: into a new embedded store, its ledgers go through the bulk first load, checked
 * by the import's rules, instead of the import's transactions (the members alone took 15 to 30 s that way). A file
 * of a kind already loaded, the members' adjustments, changes records and keeps their history, and the work the
 * report counts ({@link DemoDistrict#WORK_KINDS}) has ties only its import makes: that is the import's work, so
 * it is left to {@link DemoDistrictLoader} once the database is up, as the {@code DemoDistrict} node loaded with
 * the rest says (its files, not complete). A store that exists is never touched here.
 */
@Component
class DemoDistrictBulkLoad implements EmbeddedStorePreparation {

	private final TongxinProperties properties;

	private final Ledgers sheets;

	private final Today today;

	private final ObjectProvider<AuditTrail> audit;

	private final ObjectProvider<PlatformTransactionManager> transactions;

	private Map<String, Integer> loaded = Map.of();

	// The audit trail and transactions need the database, which waits for this: they are looked up when used.
	DemoDistrictBulkLoad(TongxinProperties properties, Ledgers sheets, Today today, ObjectProvider<AuditTrail> audit,
			ObjectProvider<PlatformTransactionManager> transactions) {
		this.properties = properties;
		this.sheets = sheets;
		this.today = today;
		this.audit = audit;
		this.transactions = transactions;
	}

	/**
	 * A new store, with the demo wanted, no other first load and no {@link DemoStore} in the build to restore instead
	 * ({@code EmbeddedNeo4jStart} leaves it closed).
	 */
	@Override
	public boolean wants(Path home) {
		return this.properties.demoData() && this.properties.initialLoad() == null
				&& EmbeddedStorePreparation.newStore(home) && !DemoStore.present();
	}

	@Override
	public void prepare(Path home) {
		if (!wants(home)) {
			return;
		}
		var ledgers = new LinkedHashMap<String, String>();
		var names = new ArrayList<String>();
		for (DemoDistrict.LedgerFile file : DemoDistrict.files(DemoDistrict.SEED)) {
			if (!ledgers.containsKey(file.kind()) && !DemoDistrict.WORK_KINDS.contains(file.kind())) {
				ledgers.put(file.kind(), file.csv());
				names.add(file.name());
			}
		}
		this.loaded = InitialLoad.load(this.sheets, home, ledgers, this.today.date(), List.of(new InitialLoad.Note(
				"DemoDistrict", Map.of("seed", DemoDistrict.SEED, "complete", false, "files", names))));
	}

	/** Records in the audit trail what the first start loaded, once the database is up. */
	@EventListener(ApplicationReadyEvent.class)
	void recordInAuditTrail() {
		InitialLoad.recordInAuditTrail(this.loaded, this.audit.getObject(), this.transactions.getObject());
		this.loaded = Map.of();
	}

}
