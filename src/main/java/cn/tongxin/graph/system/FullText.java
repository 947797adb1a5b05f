package cn.tongxin.graph.system;

/** What a full-text index is asked for the words a user typed. */
public final class FullText {

	private static final String LUCENE_SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private FullText() {
	}

	/** Every word of the text, escaped, all of them required: 张伟 城关 finds 张伟 of 城关镇. */
	public static String terms(String text) {
		var terms = new StringBuilder();
		for (String word : text.split("\\s+")) {
			var escaped = new StringBuilder();
			for (char c : word.toCharArray()) {
				if (LUCENE_SPECIAL.indexOf(c) >= 0) {
					escaped.append('\\');
				}
				escaped.append(c);
			}
			// Lucene reads a bare AND, OR or NOT as an operator
			String term = switch (escaped.toString()) {
				case "AND", "OR", "NOT" -> escaped.toString().toLowerCase();
				default -> escaped.toString();
			};
			terms.append(terms.isEmpty() ? "" : " AND ").append('"').append(term).append('"');
		}
		return terms.toString();
	}

}
