package cn.tongxin.graph.system;

/** A request whose arguments break a rule the caller can fix; the message says which and why. */
public class InvalidArgument extends RuntimeException {

	public InvalidArgument(String message) {
		super(message);
	}

	/** A count asked for ({@code byDefault} when none), refused outside 1 to {@code largest}. */
	public static int countFrom1To(String argument, Integer given, int byDefault, int largest) {
		int value = (given != null) ? given : byDefault;
		if (value < 1 || value > largest) {
			throw new InvalidArgument(argument + "：1 到 " + largest + "，收到 " + value);
		}
		return value;
	}

}
