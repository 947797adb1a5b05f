package cn.tongxin.graph.access;

/** What a user may do; each role includes the ones below it. */
public enum Role {

	/** Manages users, purges deleted records, and does everything an editor does. */
	ADMIN("管理员"),
	/** Imports ledgers and changes records. */
	EDITOR("编辑"),
	/** Reads. */
	VIEWER("查看");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	/** The role's name in Chinese, as the workbench shows it. */
	public String label() {
		return this.label;
	}

}
