package cn.tongxin.graph.ledger;

import java.util.List;

/**
 * The ledgers a feature keeps, declared in its own package as a bean: the import, the one-row entries, the bulk
 * first load and the backup take any declared sheet. The beans' {@link org.springframework.core.annotation.Order}
 * and each list's order make the load order, in which a ledger comes after every ledger it refers to (checked at
 * start-up).
 */
public interface LedgerSheets {

	List<Sheet> sheets();

}
