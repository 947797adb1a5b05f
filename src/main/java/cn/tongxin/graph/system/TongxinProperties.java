package cn.tongxin.graph.system;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's own settings ({@code tongxin.*}).
 *
 * @param dataDir where the embedded database keeps its files
 * @param embedded the embedded database, used when no {@code spring.neo4j.uri} is set
 * @param demoData load the demo district on the first start with an empty store
 * @param zone the district's time zone, which decides what "today" is for pairings that end
 * @param ledger the CSV ledger import
 * @param adminPassword the password of the first administrator, {@code admin}, used once to create it
 * @param security sign-in settings
 * @param graphql limits on GraphQL requests
 * @param initialLoad a folder of ledgers to load into the embedded store on its very first start, by Neo4j's bulk
 * importer; unset normally
 */
@ConfigurationProperties("tongxin")
public record TongxinProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Embedded embedded,
		@DefaultValue("true") boolean demoData, @DefaultValue("Asia/Shanghai") ZoneId zone,
		@DefaultValue Ledger ledger, String adminPassword, @DefaultValue Security security,
		@DefaultValue GraphQl graphql, Path initialLoad) {

	/** Never print the administrator's password. */
	@Override
	public String toString() {
		return "TongxinProperties[dataDir=" + this.dataDir + ", demoData=" + this.demoData + ", zone=" + this.zone
				+ ", initialLoad=" + this.initialLoad + "]";
	}

	/**
	 * @param boltPort the port Bolt listens on, on 127.0.0.1 only, for outside tools such as cypher-shell (user
	 * {@code neo4j}, password in {@code <data-dir>/neo4j-password}); 0, the default, picks a free port for the
	 * service alone
	 * @param pageCache memory for the embedded page cache, in Neo4j's notation
	 */
	public record Embedded(@DefaultValue("0") int boltPort, @DefaultValue("256m") String pageCache) {

		public Embedded {
			if (boltPort < 0 || boltPort > 65535) {
				throw new IllegalArgumentException("tongxin.embedded.bolt-port must be 0 (any free port) to 65535");
			}
		}

	}

	/**
	 * @param bcryptStrength the work factor of new password hashes (4 to 31; each step doubles the cost)
	 * @param sessionLifetime how long a browser session lasts after signing in, however busy it is
	 * @param sessionIdle how long a browser session lasts unused (noted to within a minute)
	 * @param rightsCacheTime how long an API token and its holder's rights may be reused from memory; a change made
	 * through this instance takes effect at once, a change made through another instance within this time (0 with
	 * several instances: at the next request)
	 * @param lockout how many wrong passwords lock a user name out, and for how long
	 */
	public record Security(@DefaultValue("10") int bcryptStrength, @DefaultValue("8h") Duration sessionLifetime,
			@DefaultValue("30m") Duration sessionIdle, @DefaultValue("10s") Duration rightsCacheTime,
			@DefaultValue Lockout lockout) {

		public Security {
			if (bcryptStrength < 4 || bcryptStrength > 31) {
				throw new IllegalArgumentException("tongxin.security.bcrypt-strength must be 4 to 31");
			}
			if (sessionLifetime.isNegative() || sessionLifetime.isZero() || sessionIdle.isNegative()
					|| sessionIdle.isZero() || rightsCacheTime.isNegative()) {
				throw new IllegalArgumentException("tongxin.security.session-lifetime and session-idle must be positive "
						+ "and rights-cache-time not negative");
			}
		}

	}

	/**
	 * @param attempts wrong passwords for one user name from one address that lock that name out from there
	 * @param window how close together those attempts must be
	 * @param duration how long the lock lasts
	 */
	public record Lockout(@DefaultValue("10") int attempts, @DefaultValue("15m") Duration window,
			@DefaultValue("15m") Duration duration) {

		public Lockout {
			if (attempts < 1 || window.isNegative() || window.isZero() || duration.isNegative() || duration.isZero()) {
				throw new IllegalArgumentException(
						"tongxin.security.lockout needs at least 1 attempt and a positive window and duration");
			}
		}

	}

	/**
	 * @param maxDepth how deeply fields may nest
	 * @param maxComplexity how many fields a request may ask for in all, aliases and fragments counted
	 * @param maxRequestSize the largest request body accepted
	 * @param maxCost what one request's fields may cost in all, weighed as the schema's {@code @cost} and
	 * {@code @listSize} say (1 to 100000)
	 * @param requestTimeout how long all the work of one request may take, every transaction included
	 */
	public record GraphQl(@DefaultValue("10") int maxDepth, @DefaultValue("1000") int maxComplexity,
			@DefaultValue("64KB") DataSize maxRequestSize, @DefaultValue("10000") int maxCost,
			@DefaultValue("30s") Duration requestTimeout) {

		public GraphQl {
			if (maxCost < 1 || maxCost > 100_000) {
				throw new IllegalArgumentException("tongxin.graphql.max-cost must be 1 to 100000");
			}
			if (requestTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
				throw new IllegalArgumentException("tongxin.graphql.request-timeout must be at least 1s");
			}
		}

	}

	/**
	 * @param batchSize rows written per transaction
	 * @param maxUploadSize the largest file an import takes (a ledger, or a backup zip); a larger one gets HTTP 413
	 */
	public record Ledger(@DefaultValue("1000") int batchSize, @DefaultValue("256MB") DataSize maxUploadSize) {

		public Ledger {
			if (batchSize < 1) {
				throw new IllegalArgumentException("tongxin.ledger.batch-size must be at least 1");
			}
			if (maxUploadSize.toBytes() < 1) {
				throw new IllegalArgumentException("tongxin.ledger.max-upload-size must be at least 1B");
			}
		}

	}

}
