package cn.tongxin.graph.ledger;

import java.io.IOException;
import java.io.InputStream;

/** A ledger file that can be read from the start more than once: the import reads it twice, as a stream each time. */
@FunctionalInterface
interface LedgerSource {

	InputStream open() throws IOException;

}
