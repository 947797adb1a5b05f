package cn.tongxin.graph.ledger;

/** A cell that breaks its column's rule; the reason is written for the clerk who keeps the ledger. */
class CellRejected extends RuntimeException {

	CellRejected(String reason) {
		super(reason, null, false, false);
	}

}
