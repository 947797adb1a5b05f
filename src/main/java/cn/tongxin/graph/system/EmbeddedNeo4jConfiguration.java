package cn.tongxin.graph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import inet.ipaddr.IPAddressString;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.string.UTF8;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.target.AbstractLazyCreationTargetSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The default database: Neo4j inside the application, persisted under {@code tongxin.data-dir}, with Bolt on
 * 127.0.0.1 only. The driver reaches it over Bolt like any server, so nothing else knows the difference.
 * The database opens when the driver is first used (or in the background from the start: {@link EmbeddedNeo4jStart})
 * and stops after the driver closes.
 * <p>
 * Whatever else runs on the machine is kept out: the data folder is its owner's only, Bolt asks for the password
 * of {@link EmbeddedPassword}, and Cypher can neither read files nor fetch URLs ({@code LOAD CSV}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoServerConfigured.class)
class EmbeddedNeo4jConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4jConfiguration.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	/**
	 * The database: opened in the background since the start when {@link EmbeddedNeo4jStart} did so, else here.
	 */
	@Bean(destroyMethod = "shutdown")
	@Lazy
	DatabaseManagementService embeddedNeo4j(TongxinProperties properties,
			ObjectProvider<EmbeddedStorePreparation> preparations, ObjectProvider<EmbeddedNeo4jStart> early) {
		EmbeddedNeo4jStart started = early.getIfAvailable();
		if (started != null) {
			if (preparations.stream().anyMatch(preparation -> preparation.wants(home(properties)))) {
				started.take().shutdown();
				throw new IllegalStateException("The embedded Neo4j was opened before its store could be prepared");
			}
			return started.take();
		}
		Path home = home(properties);
		ownerOnlyFolder(home);
		if (properties.demoData() && properties.initialLoad() == null) {
			DemoStore.restoreIfNew(home);
		}
		preparations.orderedStream().forEach(preparation -> preparation.prepare(home));
		return open(properties);
	}

	/**
	 * Restores the build's demo district's store ({@link DemoStore}) into a new store, in an owner-only folder: for
	 * the early start, which opens the database before this configuration has made the folder.
	 */
	static void restoreDemoStoreIfNew(TongxinProperties properties) {
		Path home = home(properties);
		ownerOnlyFolder(home);
		DemoStore.restoreIfNew(home);
	}

	/** Opens the database under {@code tongxin.data-dir}, giving it a password first if it has none. */
	static DatabaseManagementService open(TongxinProperties properties) {
		Path home = home(properties);
		ownerOnlyFolder(home);
		String firstPassword = null;
		if (EmbeddedPassword.read(home).isEmpty()) {
			if (Files.exists(home.resolve("data/databases/system"))) {
				setPassword(home, properties);
			}
			else {
				firstPassword = EmbeddedPassword.generate();
				initialPassword(home, firstPassword);
			}
		}
		logger.info("Starting the embedded Neo4j in " + home);
		DatabaseManagementService database = builder(home, properties)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.embedded().boltPort()))
			// By the time the database stops, the service's own driver has closed: waiting for Bolt's thread pools to
			// stay quiet (2 s each, by default) only made every stop about 10 s slower, as long as docker stop waits.
			.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
			.build();
		if (firstPassword != null) {
			EmbeddedPassword.keep(home, firstPassword);
			deleteInitialPassword(home);
			logger.info("Gave the new embedded Neo4j's user " + EmbeddedPassword.USER + " a password, kept in "
					+ home.resolve(EmbeddedPassword.FILE));
		}
		return database;
	}

	/**
	 * A new store's own user is created with this password instead of Neo4j's well-known first one (the file
	 * {@code neo4j-admin dbms set-initial-password} writes), before Bolt opens: the database opens once.
	 */
	private static void initialPassword(Path home, String password) {
		Path file = initialPasswordFile(home);
		var users = new FileUserRepository(new DefaultFileSystemAbstraction(), file, NullLogProvider.getInstance(),
				EmptyMemoryTracker.INSTANCE);
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			users.start();
			users.create(new User(EmbeddedPassword.USER, null,
					SystemGraphCredential.createCredentialForPassword(UTF8.encode(password), new SecureHasher()), false,
					false));
			users.shutdown();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot set the new embedded Neo4j's password", ex);
		}
	}

	/** The store has taken the first password: no copy of its hash is left behind. */
	private static void deleteInitialPassword(Path home) {
		try {
			Files.deleteIfExists(initialPasswordFile(home));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path initialPasswordFile(Path home) {
		return CommunitySecurityModule.getInitialUserRepositoryFile(
				org.neo4j.configuration.Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build());
	}

	/** Brings the schema up to date, through a driver of its own when there is anything to apply. */
	static void applySchema(DatabaseManagementService database, TongxinProperties properties) {
		String password = EmbeddedPassword.read(home(properties)).orElseThrow();
		GraphSchema.applyTo(database.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME),
				() -> GraphDatabase.driver("bolt://" + bolt(database), AuthTokens.basic(EmbeddedPassword.USER, password)),
				GraphSchema.MIGRATIONS);
	}

	private static HostnamePort bolt(DatabaseManagementService database) {
		return ((GraphDatabaseAPI) database.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
	}

	/**
	 * The driver as Boot would build it for a server, with Boot's customizers: among them the one that reports the
	 * driver's observations (its pool, transactions, Bolt exchanges) to {@code /actuator/prometheus}. It is made on
	 * its first use, which waits for the database: the rest of the context is built meanwhile.
	 */
	@Bean(destroyMethod = "")
	Driver neo4jDriver(EmbeddedDriver embeddedDriver) {
		return ProxyFactory.getProxy(Driver.class, embeddedDriver);
	}

	@Bean
	EmbeddedDriver embeddedDriver(ObjectProvider<DatabaseManagementService> embeddedNeo4j, TongxinProperties properties,
			ObjectProvider<ConfigBuilderCustomizer> customizers, ConfigurableListableBeanFactory beans) {
		// the database stops after the driver closes
		beans.registerDependentBean("embeddedNeo4j", "embeddedDriver");
		Config.ConfigBuilder config = Config.builder();
		customizers.orderedStream().forEach(customizer -> customizer.customize(config));
		return new EmbeddedDriver(() -> {
			var bolt = bolt(embeddedNeo4j.getObject());
			logger.info("Embedded Neo4j is listening for Bolt on " + bolt);
			String password = EmbeddedPassword.read(home(properties)).orElseThrow();
			return GraphDatabase.driver("bolt://" + bolt, AuthTokens.basic(EmbeddedPassword.USER, password),
					config.build());
		});
	}

	/** Makes the driver when it is first used, and closes it if it was made. */
	static final class EmbeddedDriver extends AbstractLazyCreationTargetSource implements DisposableBean {

		private final Supplier<Driver> connect;

		EmbeddedDriver(Supplier<Driver> connect) {
			this.connect = connect;
		}

		@Override
		public Class<?> getTargetClass() {
			return Driver.class;
		}

		@Override
		protected Object createObject() {
			return this.connect.get();
		}

		@Override
		public void destroy() throws Exception {
			if (isInitialized()) {
				((Driver) getTarget()).close();
			}
		}

	}

	static Path home(TongxinProperties properties) {
		return properties.dataDir().toAbsolutePath().normalize();
	}

	/** Every setting but Bolt's: the same for the start that sets the password and for the service's. */
	private static DatabaseManagementServiceBuilder builder(Path home, TongxinProperties properties) {
		return new DatabaseManagementServiceBuilder(home)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			// the password is 256 random bits: a lock after failed attempts would only let anyone lock the service out
			.setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
			.setConfig(GraphDatabaseSettings.allow_file_urls, false)
			// on by default: Neo4j would report the machine and the store's size to Neo4j, Inc. from an intranet
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			// a folder that is never created: no file can be named under it
			.setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("no-import"))
			// Neo4j 5 has no public setting for this one: without it, LOAD CSV fetches any http:// URL
			.setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
					List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.embedded().pageCache()));
	}

	/**
	 * Gives an existing store's own user a new password, kept in the data folder, with Bolt closed. Runs when the
	 * password file has been removed, which is how an operator changes it.
	 */
	private static void setPassword(Path home, TongxinProperties properties) {
		String password = EmbeddedPassword.generate();
		DatabaseManagementService closed = builder(home, properties).setConfig(BoltConnector.enabled, false).build();
		try {
			closed.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + EmbeddedPassword.USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", password));
		}
		finally {
			closed.shutdown();
		}
		EmbeddedPassword.keep(home, password);
		logger.info("Set a new password for the embedded Neo4j's user " + EmbeddedPassword.USER + ", kept in "
				+ home.resolve(EmbeddedPassword.FILE));
	}

	/**
	 * Creates the data folder readable by its owner only, and takes group and others' rights away from one that
	 * exists: it holds every phone number of the district. A folder the service may not change is left with a warning.
	 */
	private static void ownerOnlyFolder(Path home) {
		boolean posix = EmbeddedPassword.posix(home);
		try {
			if (!Files.exists(home)) {
				Files.createDirectories(home.getParent());
				if (posix) {
					Files.createDirectory(home, EmbeddedPassword.ownerOnly(OWNER_ONLY));
				}
				else {
					Files.createDirectory(home);
				}
			}
			if (posix && !Files.getPosixFilePermissions(home).equals(OWNER_ONLY)) {
				try {
					Files.setPosixFilePermissions(home, OWNER_ONLY);
					logger.info("Made the data folder " + home + " readable by its owner only");
				}
				catch (FileSystemException ex) {
					logger.warn("Could not make the data folder " + home + " readable by its owner only: " + ex.getMessage());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data folder " + home, ex);
		}
	}

	/** Embedded unless a server is named: {@code spring.neo4j.uri} switches to that server. */
	static class NoServerConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().containsProperty("spring.neo4j.uri");
		}

	}

}
