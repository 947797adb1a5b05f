package cn.tongxin.graph.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;

/**
 * Opens the embedded database on a thread of its own from the moment the application's settings are known, and
 * brings its schema up to date there (on a store that has every migration, by reading what it records: {@link
 * GraphSchema#applyTo}), so that the 5 s Neo4j takes to open, and on a new store the schema's creation, overlap
 * Spring's own start instead of following it. {@link EmbeddedNeo4jConfiguration}
 * then takes the open database on the driver's first use; a failure surfaces there, as if the database had been
 * opened in place, and {@link GraphSchema} has nothing left to do.
 * <p>
 * Only the service as {@code main} starts it uses this ({@code TongxinApplication.application()}); any other
 * context, such as a test slice, opens the database, if at all, when its bean is made. Nothing starts early when a
 * Neo4j server is named or a first bulk load ({@code tongxin.initial-load}, or the demo district's into a new store
 * when the build has no {@link DemoStore} to restore) must prepare the store before it opens.
 */
public final class EmbeddedNeo4jStart implements ApplicationListener<ApplicationEvent> {

	static final String BEAN = "embeddedNeo4jStart";

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4jStart.class);

	private CompletableFuture<DatabaseManagementService> opening;

	private boolean taken;


	private EmbeddedNeo4jStart() {
	}

	/** A listener for one {@code SpringApplication}. */
	public static ApplicationListener<ApplicationEvent> early() {
		return new EmbeddedNeo4jStart();
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationPreparedEvent prepared) {
			begin(prepared.getApplicationContext());
		}
		else if (event instanceof ApplicationFailedEvent || event instanceof ContextClosedEvent) {
			abandon();
		}
	}

	private void begin(ConfigurableApplicationContext context) {
		Environment environment = context.getEnvironment();
		if (environment.containsProperty("spring.neo4j.uri") || environment.containsProperty("tongxin.initial-load")) {
			return;
		}
		TongxinProperties properties;
		try {
			properties = Binder.get(environment).bindOrCreate("tongxin", TongxinProperties.class);
		}
		catch (RuntimeException ex) {
			return; // the context binds them again and says what is wrong
		}
		if (properties.demoData() && EmbeddedStorePreparation.newStore(EmbeddedNeo4jConfiguration.home(properties))
				&& !DemoStore.present()) {
			return; // the demo district is bulk-loaded into the new store before it opens
		}
		this.opening = new CompletableFuture<>();
		var thread = new Thread(() -> {
			try {
				if (properties.demoData()) {
					EmbeddedNeo4jConfiguration.restoreDemoStoreIfNew(properties);
				}
				DatabaseManagementService database = EmbeddedNeo4jConfiguration.open(properties);
				try {
					EmbeddedNeo4jConfiguration.applySchema(database, properties);
				}
				catch (RuntimeException ex) {
					database.shutdown();
					throw ex;
				}
				this.opening.complete(database);
			}
			catch (Throwable ex) {
				this.opening.completeExceptionally(ex);
			}
		}, "embedded-neo4j-start");
		thread.start();
		context.getBeanFactory().registerSingleton(BEAN, this);
	}

	/**
	 * The database opened in the background, once it is open and its schema up to date; its failure to open or a
	 * migration's failure, if either failed.
	 */
	synchronized DatabaseManagementService take() {
		try {
			DatabaseManagementService database = this.opening.join();
			this.taken = true;
			return database;
		}
		catch (CompletionException ex) {
			this.taken = true;
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw ex;
		}
	}

	/** The context failed or closed before taking the database: it is shut down here, once it has opened. */
	private synchronized void abandon() {
		if (this.opening == null || this.taken) {
			return;
		}
		this.taken = true;
		try {
			this.opening.join().shutdown();
		}
		catch (RuntimeException ex) {
			logger.debug("The embedded Neo4j opened in the background had not opened", ex);
		}
	}

}
