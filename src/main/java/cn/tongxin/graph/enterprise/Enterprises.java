package cn.tongxin.graph.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
public class Enterprises {

	private static final String BY_CREDIT_CODE = CypherFile.load("enterprise/enterprises-by-credit-code");

	private final GraphReader graph;

	Enterprises(GraphReader graph) {
		this.graph = graph;
	}

	public Optional<Enterprise> enterprise(String creditCode) {
		return Optional.ofNullable(byCreditCode(List.of(creditCode)).get(creditCode));
	}

	public Map<String, Enterprise> byCreditCode(Collection<String> creditCodes) {
		return this.graph.byKey(BY_CREDIT_CODE, "creditCodes", creditCodes, "enterprise", Enterprise::from,
				Enterprise::creditCode);
	}

}
