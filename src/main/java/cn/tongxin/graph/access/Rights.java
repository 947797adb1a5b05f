package cn.tongxin.graph.access;

/**
 * A user's role, towns, {@code pii} and state as stored, without the password hash, for a request signed in by a
 * session or a token.
 * @param account the user, without the password hash
 * @param credentials stands for the password hash, so that a new password can be noticed without keeping it
 */
record Rights(UserAccount account, String credentials) {

	static Rights of(UserAccount stored) {
		return new Rights(new UserAccount(stored.username(), null, stored.role(), stored.pii(), stored.enabled(),
				stored.townCodes()), fingerprint(stored.passwordHash()));
	}

	private static String fingerprint(String passwordHash) {
		// half of the hash's SHA-256: enough to tell a new password from the old, and not the hash itself
		return (passwordHash == null) ? "" : ApiTokens.hash(passwordHash).substring(0, 32);
	}

}
