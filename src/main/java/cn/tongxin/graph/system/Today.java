package cn.tongxin.graph.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Today's date in the district, which decides whether a pairing with an end date is still current. The clock is
 * the system's in {@code tongxin.zone}, unless the context supplies a {@link Clock} (tests fix the day).
 * <p>
 * Within one HTTP request it is one day: a request that runs across midnight does not mix two (a trend's window and
 * its last point, a page and its count).
 */
@Component
public class Today {

	private static final String ATTRIBUTE = Today.class.getName();

	private final Clock clock;

	private final ZoneId district;

	@Autowired
	Today(TongxinProperties properties, ObjectProvider<Clock> clock) {
		this(clock.getIfAvailable(Clock::systemUTC), properties.zone());
	}

	/** The day is always the district's, whatever zone the clock was made in. */
	Today(Clock clock, ZoneId district) {
		this.clock = clock;
		this.district = district;
	}

	public LocalDate date() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return LocalDate.ofInstant(this.clock.instant(), this.district);
		}
		LocalDate day = (LocalDate) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		if (day == null) {
			day = LocalDate.ofInstant(this.clock.instant(), this.district);
			request.setAttribute(ATTRIBUTE, day, RequestAttributes.SCOPE_REQUEST);
		}
		return day;
	}

}
