package cn.tongxin.graph.ledger;

/**
 * An import that stopped at a batch the database did not take. The batches before it are stored and counted in
 * {@link #soFar()}; that batch and the rows after it are not. Importing the same file again completes it, since
 * stored rows then count as unchanged.
 */
public class ImportInterrupted extends RuntimeException {

	private final ImportReport soFar;

	private final boolean retryable;

	ImportInterrupted(int fromLine, int toLine, ImportReport soFar, boolean retryable, Throwable cause) {
		super("第 " + fromLine + "–" + toLine + " 行这一批未能写入数据库，这一批及其后的行都未导入；此前各批已保存（见 report）。"
				+ (retryable ? "数据库暂时不可用，" : "") + "原样重新导入同一文件即可补全，已保存的行会计为 unchanged。", cause);
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
