package cn.tongxin.graph.system;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Behind a load balancer, an instance asked to stop keeps answering for {@code tongxin.shutdown.drain-time}
 * before it stops taking connections. Its readiness probe says "refusing traffic" from the moment the stop begins,
 * but a balancer only learns that at its next check; until then it still sends requests, which would meet a closed
 * port. Then the web server's graceful shutdown finishes the requests under way. Stopped first of everything
 * (the highest phase), while the web server and the database connection are still up.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ShutdownDrain.class);

	private final Duration drainTime;

	private volatile boolean running;

	ShutdownDrain(@Value("${tongxin.shutdown.drain-time:0s}") Duration drainTime) {
		if (drainTime.isNegative()) {
			throw new IllegalArgumentException("tongxin.shutdown.drain-time must not be negative");
		}
		this.drainTime = drainTime;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		if (this.running && !this.drainTime.isZero()) {
			logger.info("Refusing traffic; answering what still comes for " + this.drainTime.toMillis() + " ms");
			try {
				Thread.sleep(this.drainTime.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
