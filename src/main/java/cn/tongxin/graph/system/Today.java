package cn.tongxin.graph.system;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Today's date in the district, which decides whether a pairing with an end date is still current. The clock is
 * the system's in {@code tongxin.zone}, unless the context supplies a {@link Clock} (tests fix the day).
 */
@Component
public class Today {

	private final Clock clock;

	Today(TongxinProperties properties, ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(() -> Clock.system(properties.zone()));
	}

	public LocalDate date() {
		return LocalDate.now(this.clock);
	}

}
