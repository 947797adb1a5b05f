package cn.tongxin.graph.ledger;

/** A cell that breaks its column's rule; the reason is written for the clerk who keeps the ledger. */
public class CellRejected extends RuntimeException {

	public CellRejected(String reason) {
		super(reason, null, false, false);
	}

}
