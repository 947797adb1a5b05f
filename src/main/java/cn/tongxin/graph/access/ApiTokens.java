package cn.tongxin.graph.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.tongxin.graph.access.Users.UserChanged;
import cn.tongxin.graph.audit.AuditTrail;
import cn.tongxin.graph.audit.Change;
import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.TongxinProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API tokens, which programs send as {@code Authorization: Bearer <secret>} instead of a password. The secret is
 * 256 random bits, shown once when the token is made; the graph keeps only its SHA-256 hash, which is enough for a
 * secret nobody can guess and costs nothing to check (a password hash costs tens of milliseconds on purpose).
 * A token a request presents is read with its holder as stored now, in one look-up, and kept in memory for
 * {@code tongxin.security.rights-cache-time} so that a busy program costs no query; revoking it, or changing its
 * holder, here forgets it at once, and on another instance of the service within that time (0: at the next request).
 */
@Component
class ApiTokens {

	/** Marks the secrets this service hands out, so that one found in a file or a log can be recognised. */
	static final String PREFIX = "txg_";

	private static final String CREATE = CypherFile.load("access/create-api-token");

	private static final String ALL = CypherFile.load("access/api-tokens");

	private static final String BY_HASH = CypherFile.load("access/api-token-by-hash");

	private static final String REVOKE = CypherFile.load("access/revoke-api-token");

	private static final String USED = CypherFile.load("access/api-token-used");

	private static final SecureRandom random = new SecureRandom();

	/** A new token and its secret, which is not stored anywhere. */
	record Created(String secret, ApiToken token) {
	}

	private record RevokedRow(ApiToken token, String hash) {
	}

	/** A token was revoked, once committed. */
	record Revoked(String hash) {
	}

	/** A token a request presents, and what its holder may do now. */
	record Presented(ApiToken token, Rights holder) {
	}

	private final Neo4jClient neo4j;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate reading;

	private final Cache<String, Presented> presented;

	ApiTokens(Neo4jClient neo4j, AuditTrail audit, ApplicationEventPublisher events, TongxinProperties properties,
			PlatformTransactionManager transactions) {
		this.neo4j = neo4j;
		this.audit = audit;
		this.events = events;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.presented = Caffeine.newBuilder()
			.expireAfterWrite(properties.security().rightsCacheTime())
			.maximumSize(10_000)
			.build();
	}

	@Transactional
	Created create(String username, String name, LocalDate expiresOn, LocalDate today) {
		byte[] bits = new byte[32];
		random.nextBytes(bits);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
		var parameters = new HashMap<String, Object>();
		parameters.put("username", username);
		parameters.put("id", UUID.randomUUID().toString());
		parameters.put("name", name);
		parameters.put("hash", hash(secret));
		parameters.put("createdOn", today);
		parameters.put("expiresOn", expiresOn);
		ApiToken token = one(CREATE, parameters, "token").orElseThrow();
		this.audit.record("createApiToken", "apiTokens", List.of(new Change(token.id(), "name", null, name),
				new Change(token.id(), "expiresOn", null, (expiresOn != null) ? expiresOn.toString() : null)));
		return new Created(secret, token);
	}

	/** The tokens of one user, or of everyone for {@code null}. */
	@Transactional(readOnly = true)
	List<ApiToken> all(String username) {
		var parameters = new HashMap<String, Object>();
		parameters.put("username", username);
		return this.neo4j.query(ALL)
			.bindAll(parameters)
			.fetchAs(ApiToken.class)
			.mappedBy((types, record) -> ApiToken.from(record.get("token")))
			.all()
			.stream()
			.toList();
	}

	/** Removes a token of {@code username} (of anyone's for {@code null}); empty when there is none. */
	@Transactional
	Optional<ApiToken> revoke(String id, String username) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", id);
		parameters.put("username", username);
		Optional<RevokedRow> revoked = this.neo4j.query(REVOKE)
			.bindAll(parameters)
			.fetchAs(RevokedRow.class)
			.mappedBy((types, record) -> new RevokedRow(ApiToken.from(record.get("token")), record.get("hash").asString()))
			.one();
		revoked.ifPresent(row -> {
			this.audit.record("revokeApiToken", "apiTokens",
					List.of(new Change(row.token().id(), "name", row.token().name(), null)));
			this.events.publishEvent(new Revoked(row.hash()));
		});
		return revoked.map(RevokedRow::token);
	}

	/**
	 * The token whose secret a request presents, whatever its expiry, with its holder; empty for a secret that is not
	 * one. Costs a hash and, at most once in {@code rights-cache-time}, a look-up by an index.
	 */
	Optional<Presented> presented(String secret) {
		if (!secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.presented.get(hash(secret), hash -> this.reading.execute(status -> this.neo4j
			.query(BY_HASH)
			.bind(hash)
			.to("hash")
			.fetchAs(Presented.class)
			.mappedBy((types, record) -> new Presented(ApiToken.from(record.get("token")),
					Rights.of(UserAccount.from(record.get("holder")))))
			.one()
			.orElse(null))));
	}

	/** Notes that the token was used today: written once a day, not on every request. */
	void used(String secret, Presented presented, LocalDate today) {
		ApiToken token = presented.token();
		if (today.equals(token.lastUsedOn())) {
			return;
		}
		this.presented.put(hash(secret), new Presented(new ApiToken(token.id(), token.name(), token.username(),
				token.createdOn(), token.expiresOn(), today), presented.holder()));
		this.neo4j.query(USED).bindAll(Map.of("id", token.id(), "today", today)).run();
	}

	@TransactionalEventListener
	void forget(Revoked revoked) {
		this.presented.invalidate(revoked.hash());
	}

	/** A holder's role, towns, state or password changed: their tokens are read again. */
	@TransactionalEventListener
	void forget(UserChanged changed) {
		this.presented.asMap().values().removeIf(kept -> kept.token().username().equals(changed.username()));
	}

	private Optional<ApiToken> one(String cypher, Map<String, Object> parameters, String column) {
		return this.neo4j.query(cypher)
			.bindAll(parameters)
			.fetchAs(ApiToken.class)
			.mappedBy((types, record) -> ApiToken.from(record.get(column)))
			.one();
	}

	/** SHA-256 as hex: what is stored of a token, and what a session keeps of a password hash. */
	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
