package cn.tongxin.graph.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.tongxin.graph.access.ApiTokenFilter.ApiTokenAuthentication;
import cn.tongxin.graph.system.Problem;
import cn.tongxin.graph.system.Today;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** API tokens over GraphQL: everyone makes, lists and revokes their own; administrators see and revoke anyone's. */
@Controller
class ApiTokenController {

	private static final int LONGEST_NAME = 100;

	record CreateApiTokenInput(String name, LocalDate expiresOn) {
	}

	record CreateApiTokenPayload(String token, ApiToken apiToken, List<Problem> problems) {
	}

	record RevokeApiTokenPayload(ApiToken apiToken, List<Problem> problems) {
	}

	private final ApiTokens tokens;

	private final Today today;

	ApiTokenController(ApiTokens tokens, Today today) {
		this.tokens = tokens;
		this.today = today;
	}

	@QueryMapping
	List<ApiToken> apiTokens(Authentication authentication) {
		return this.tokens.all(administrator(authentication) ? null : user(authentication).username());
	}

	@MutationMapping
	CreateApiTokenPayload createApiToken(@Argument CreateApiTokenInput input, Authentication authentication) {
		var problems = new ArrayList<Problem>();
		LocalDate today = this.today.date();
		String name = (input.name() != null) ? input.name().strip() : "";
		if (authentication instanceof ApiTokenAuthentication) {
			// a leaked token must not be able to outlive its revocation by making others
			problems.add(new Problem(null, "API 令牌不能创建令牌，请用密码登录后创建"));
		}
		if (name.isEmpty() || name.length() > LONGEST_NAME) {
			problems.add(new Problem("name", "令牌名称须为 1–" + LONGEST_NAME + " 个字符"));
		}
		if (input.expiresOn() != null && !input.expiresOn().isAfter(today)) {
			problems.add(new Problem("expiresOn", "失效日期须晚于今天（" + today + "）"));
		}
		if (!problems.isEmpty()) {
			return new CreateApiTokenPayload(null, null, problems);
		}
		ApiTokens.Created created = this.tokens.create(user(authentication).username(), name, input.expiresOn(), today);
		return new CreateApiTokenPayload(created.secret(), created.token(), List.of());
	}

	@MutationMapping
	RevokeApiTokenPayload revokeApiToken(@Argument String id, Authentication authentication) {
		return this.tokens.revoke(id, administrator(authentication) ? null : user(authentication).username())
			.map(token -> new RevokeApiTokenPayload(token, List.of()))
			.orElseGet(() -> new RevokeApiTokenPayload(null, List.of(new Problem("id", "没有这个令牌：" + id))));
	}

	private static UserAccount user(Authentication authentication) {
		return (UserAccount) authentication.getPrincipal();
	}

	private static boolean administrator(Authentication authentication) {
		return user(authentication).role() == Role.ADMIN;
	}

}
