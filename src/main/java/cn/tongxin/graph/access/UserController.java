package cn.tongxin.graph.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import cn.tongxin.graph.access.UserInputs.ChangePasswordInput;
import cn.tongxin.graph.access.UserInputs.CreateUserInput;
import cn.tongxin.graph.access.UserInputs.UpdateUserInput;
import cn.tongxin.graph.place.Places;
import cn.tongxin.graph.place.Town;
import cn.tongxin.graph.system.BatchAnswers;
import cn.tongxin.graph.system.Problem;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;

/** Users over GraphQL: everyone sees themselves and changes their own password; administrators manage users. */
@Controller
class UserController {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{2,32}");

	private final Users users;

	private final Places places;

	private final PasswordEncoder passwords;

	private final SignInAttempts attempts;

	UserController(Users users, Places places, PasswordEncoder passwords, SignInAttempts attempts) {
		this.users = users;
		this.places = places;
		this.passwords = passwords;
		this.attempts = attempts;
	}

	@QueryMapping
	UserAccount me(@AuthenticationPrincipal UserAccount user) {
		return this.users.find(user.username()).orElseThrow();
	}

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	List<UserAccount> users() {
		return this.users.all();
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	UserPayload createUser(@Argument CreateUserInput input, @AuthenticationPrincipal UserAccount admin) {
		var problems = new ArrayList<Problem>();
		if (input.username() == null || !USERNAME.matcher(input.username()).matches()) {
			problems.add(new Problem("username", "用户名须为 2–32 位字母、数字或 _ . -"));
		}
		else if (this.users.find(input.username()).isPresent()) {
			problems.add(new Problem("username", "用户名 " + input.username() + " 已存在"));
		}
		checkPassword("password", input.password(), problems);
		List<String> towns = (input.townCodes() != null) ? input.townCodes() : List.of();
		checkTowns(towns, problems);
		if (!problems.isEmpty()) {
			return UserPayload.refused(problems);
		}
		var user = new UserAccount(input.username(), this.passwords.encode(input.password()), input.role(),
				Boolean.TRUE.equals(input.pii()), true, List.copyOf(Set.copyOf(towns)));
		this.users.create(user, admin.username());
		return UserPayload.of(this.users.find(user.username()).orElseThrow());
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	UserPayload updateUser(@Argument UpdateUserInput input, @AuthenticationPrincipal UserAccount admin) {
		UserAccount stored = this.users.find(input.username()).orElse(null);
		if (stored == null) {
			return UserPayload.refused(List.of(new Problem("username", "没有用户 " + input.username())));
		}
		var problems = new ArrayList<Problem>();
		boolean self = stored.username().equals(admin.username());
		if (self && input.role() != null && input.role() != Role.ADMIN) {
			problems.add(new Problem("role", "不能降低自己的角色，以免无人能管理用户"));
		}
		if (self && Boolean.FALSE.equals(input.enabled())) {
			problems.add(new Problem("enabled", "不能停用自己，以免无人能管理用户"));
		}
		if (input.password() != null) {
			checkPassword("password", input.password(), problems);
		}
		if (input.townCodes() != null) {
			checkTowns(input.townCodes(), problems);
		}
		if (!problems.isEmpty()) {
			return UserPayload.refused(problems);
		}
		var changed = new UserAccount(stored.username(),
				(input.password() != null) ? this.passwords.encode(input.password()) : null,
				Objects.requireNonNullElse(input.role(), stored.role()),
				Objects.requireNonNullElse(input.pii(), stored.pii()),
				Objects.requireNonNullElse(input.enabled(), stored.enabled()),
				(input.townCodes() != null) ? List.copyOf(Set.copyOf(input.townCodes())) : stored.townCodes());
		this.users.update("updateUser", stored, changed, admin.username());
		return UserPayload.of(this.users.find(stored.username()).orElseThrow());
	}

	@MutationMapping
	UserPayload changeMyPassword(@Argument ChangePasswordInput input, @AuthenticationPrincipal UserAccount user) {
		UserAccount stored = this.users.find(user.username()).orElseThrow();
		var problems = new ArrayList<Problem>();
		if (input.currentPassword() == null || !this.passwords.matches(input.currentPassword(), stored.passwordHash())) {
			problems.add(new Problem("currentPassword", "当前密码不对"));
		}
		checkPassword("newPassword", input.newPassword(), problems);
		if (!problems.isEmpty()) {
			return UserPayload.refused(problems);
		}
		this.users.update("changeMyPassword", stored, new UserAccount(stored.username(), this.passwords.encode(input.newPassword()),
				stored.role(), stored.pii(), stored.enabled(), stored.townCodes()), stored.username());
		return UserPayload.of(this.users.find(stored.username()).orElseThrow());
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	UserPayload unlockUser(@Argument String username) {
		UserAccount stored = this.users.find(username).orElse(null);
		if (stored == null) {
			return UserPayload.refused(List.of(new Problem("username", "没有用户 " + username)));
		}
		this.attempts.unlock(username);
		return UserPayload.of(stored);
	}

	@BatchMapping(typeName = "User")
	Map<UserAccount, List<Town>> towns(List<UserAccount> users) {
		Map<String, Town> towns = this.places
			.townsByCode(users.stream().flatMap(user -> user.townCodes().stream()).distinct().toList());
		return BatchAnswers.byParent(users, user -> user.townCodes()
			.stream()
			.map(towns::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(Town::code))
			.toList());
	}

	private static void checkPassword(String field, String password, List<Problem> problems) {
		if (password == null || password.length() < FirstAdministrator.SHORTEST_PASSWORD) {
			problems.add(new Problem(field, "密码至少 " + FirstAdministrator.SHORTEST_PASSWORD + " 位"));
		}
	}

	private void checkTowns(List<String> townCodes, List<Problem> problems) {
		Map<String, Town> known = this.places.townsByCode(townCodes);
		List<String> unknown = townCodes.stream().filter(code -> !known.containsKey(code)).toList();
		if (!unknown.isEmpty()) {
			problems.add(new Problem("townCodes", "没有这些镇：" + String.join("、", unknown)));
		}
	}

}
