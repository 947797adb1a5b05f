package cn.tongxin.graph.ledger;

/**
 * An import that stopped at a batch the database did not take. The batches before it are stored and counted in
 * {@link #soFar()}; the rest are not. Importing the same file again completes it, since stored rows then count
 * as unchanged.
 */
public class ImportInterrupted extends RuntimeException {

	private final ImportReport soFar;

	private final boolean retryable;

	ImportInterrupted(ImportReport soFar, boolean retryable, Throwable cause) {
		super("导入在写入数据库时中断：已保存 " + (soFar.created() + soFar.updated() + soFar.unchanged())
				+ " 行（见 report），其余未导入。" + (retryable ? "数据库暂时不可用，请稍后" : "")
				+ "原样重新导入同一文件即可补全，已保存的行会计为 unchanged。", cause);
		this.soFar = soFar;
		this.retryable = retryable;
	}

	public ImportReport soFar() {
		return this.soFar;
	}

	/** Whether the database said the failure was passing (a timeout, a lost connection, a deadlock). */
	public boolean retryable() {
		return this.retryable;
	}

}
