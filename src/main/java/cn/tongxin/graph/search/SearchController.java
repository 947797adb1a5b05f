package cn.tongxin.graph.search;

import java.util.HashMap;
import java.util.List;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;
import cn.tongxin.graph.system.InvalidArgument;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** {@code search(text, kinds, first)}: one round trip over the full-text index and the key indexes. */
@Controller
class SearchController {

	static final int LARGEST = 100;

	private static final String SEARCH = CypherFile.load("search/search");

	/** The characters Lucene's query syntax gives a meaning; typed text is looked for as it is. */
	private static final String LUCENE_SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private final GraphReader graph;

	SearchController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	@Transactional(readOnly = true)
	List<SearchHit> search(@Argument String text, @Argument List<NodeKind> kinds, @Argument Integer first) {
		String typed = (text != null) ? text.strip() : "";
		int size = (first != null) ? first : 20;
		if (size < 1 || size > LARGEST) {
			throw new InvalidArgument("first：1 到 " + LARGEST + " 条，收到 " + size);
		}
		if (typed.isEmpty()) {
			return List.of();
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("text", typed);
		parameters.put("fulltext", luceneTerms(typed));
		parameters.put("kinds", (kinds != null) ? kinds.stream().map(NodeKind::name).toList() : null);
		parameters.put("first", size);
		return this.graph.all(SEARCH, parameters, "hit", SearchHit::from);
	}

	/** Every word of the text, escaped, all of them required: 张伟 城关 finds 张伟 of 城关镇. */
	static String luceneTerms(String text) {
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
