package cn.tongxin.graph.access;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as the data access needs to know them. Outside a request (the service loading its demo
 * district, say) nobody is signed in, and the service itself sees the whole district.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<UserAccount> account() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof UserAccount account) {
			return Optional.of(account);
		}
		return Optional.empty();
	}

	/**
	 * The towns the user answers for, as the {@code $userTowns} parameter of every query: {@code null} when the
	 * user (or the service itself) sees the whole district.
	 */
	public static List<String> towns() {
		return account().filter(account -> !account.wholeDistrict()).map(UserAccount::townCodes).orElse(null);
	}

	/** Whether phone numbers and birth years may be shown unmasked. */
	public static boolean maySeePersonalData() {
		return account().map(UserAccount::pii).orElse(false);
	}

}
