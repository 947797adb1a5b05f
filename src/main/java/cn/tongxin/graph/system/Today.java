package cn.tongxin.graph.system;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Today's date in the district, which decides whether a pairing with an end date is still current. */
@Component
public class Today {

	private final Clock clock;

	Today(TongxinProperties properties) {
		this.clock = Clock.system(properties.zone());
	}

	public LocalDate date() {
		return LocalDate.now(this.clock);
	}

}
