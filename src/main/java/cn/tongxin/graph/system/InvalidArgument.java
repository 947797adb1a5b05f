package cn.tongxin.graph.system;

/** A request whose arguments break a rule the caller can fix; the message says which and why. */
public class InvalidArgument extends RuntimeException {

	public InvalidArgument(String message) {
		super(message);
	}

}
