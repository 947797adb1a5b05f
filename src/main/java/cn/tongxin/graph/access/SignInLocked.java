package cn.tongxin.graph.access;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without looking at the password: too many wrong ones for this user name from this address. */
final class SignInLocked extends AuthenticationException {

	private final Duration remaining;

	SignInLocked(Duration remaining) {
		super("too many wrong passwords");
		this.remaining = remaining;
	}

	/** Whole seconds until the lock lifts, for {@code Retry-After}. */
	long retryAfterSeconds() {
		return Math.max(1, (this.remaining.toMillis() + 999) / 1000);
	}

	/** For the person signing in: 请 15 分钟后再试. */
	String message() {
		long minutes = Math.max(1, (this.remaining.toSeconds() + 59) / 60);
		return "密码错误次数过多，此用户名已暂时锁定，请 " + minutes + " 分钟后再试，或请管理员解锁";
	}

}
