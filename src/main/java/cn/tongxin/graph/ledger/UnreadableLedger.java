package cn.tongxin.graph.ledger;

/** A file the import cannot take at all: nothing of it is written, and the caller gets HTTP 400. */
public class UnreadableLedger extends RuntimeException {

	UnreadableLedger(String message) {
		super(message, null, false, false);
	}

}
