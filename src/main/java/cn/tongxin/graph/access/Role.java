package cn.tongxin.graph.access;

/** What a user may do; each role includes the ones below it. */
public enum Role {

	/** Manages users, purges deleted records, and does everything an editor does. */
	ADMIN,
	/** Imports ledgers and changes records. */
	EDITOR,
	/** Reads. */
	VIEWER

}
