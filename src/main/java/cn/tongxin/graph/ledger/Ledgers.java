package cn.tongxin.graph.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every ledger the features declare ({@link LedgerSheets}), in load order. Refuses to start on a declaration that
 * cannot work: a kind declared twice, a reference or a period in a ledger not loaded before it, a ledger of
 * records whose reference makes no tie, a ledger of ties whose two ends are not references. Public only to be
 * handed to a first load ({@link InitialLoad#load(Ledgers, java.nio.file.Path, java.nio.file.Path,
 * java.time.LocalDate, java.util.List)}).
 */
@Component
public class Ledgers {

	private final List<Sheet> inLoadOrder;

	Ledgers(ObjectProvider<LedgerSheets> declarations) {
		this.inLoadOrder = checked(declarations.orderedStream().flatMap(declaration -> declaration.sheets().stream()).toList());
	}

	/** The sheets, if each can work in this order. @throws IllegalStateException naming what cannot */
	static List<Sheet> checked(List<Sheet> inLoadOrder) {
		Set<String> before = new HashSet<>();
		for (Sheet sheet : inLoadOrder) {
			check(sheet, before);
			before.add(sheet.kind());
		}
		return List.copyOf(inLoadOrder);
	}

	private static void check(Sheet sheet, Set<String> before) {
		var problems = new ArrayList<String>();
		if (before.contains(sheet.kind())) {
			problems.add("declared twice");
		}
		for (Column column : sheet.columns()) {
			Column.Reference reference = column.references();
			if (reference == null) {
				continue;
			}
			if (!before.contains(reference.kind())) {
				problems.add(column.header() + " refers to " + reference.kind() + ", which is not loaded before it");
			}
			if (!(sheet.layout() instanceof Layout.Ties) && reference.tie() == null) {
				problems.add(column.header() + " makes no tie (Column.tiedBy)");
			}
		}
		if (sheet.layout() instanceof Layout.Ties && (sheet.keyHeaders().size() < 2
				|| sheet.column(sheet.keyHeaders().get(0)).references() == null
				|| sheet.column(sheet.keyHeaders().get(1)).references() == null)) {
			problems.add("a ledger of ties is keyed by the two records it ties");
		}
		if (sheet.during() != null && !before.contains(sheet.during().kind())) {
			problems.add("dated within " + sheet.during().kind() + ", which is not loaded before it");
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Ledger " + sheet.kind() + ": " + String.join("; ", problems));
		}
	}

	List<Sheet> inLoadOrder() {
		return this.inLoadOrder;
	}

	Optional<Sheet> byKind(String kind) {
		return this.inLoadOrder.stream().filter(sheet -> sheet.kind().equals(kind)).findFirst();
	}

	Sheet get(String kind) {
		return byKind(kind).orElseThrow(() -> new IllegalArgumentException("No ledger " + kind));
	}

	List<String> kinds() {
		return this.inLoadOrder.stream().map(Sheet::kind).toList();
	}

}
