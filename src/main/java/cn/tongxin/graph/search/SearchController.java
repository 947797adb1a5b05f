package cn.tongxin.graph.search;

import java.util.HashMap;
import java.util.List;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.FullText;
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
		parameters.put("fulltext", FullText.terms(typed));
		parameters.put("kinds", (kinds != null) ? kinds.stream().map(NodeKind::name).toList() : null);
		parameters.put("first", size);
		return this.graph.all(SEARCH, parameters, "hit", SearchHit::from);
	}

}
