package cn.tongxin.graph.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tongxin.graph.system.CypherFile;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
public class Enterprises {

	private static final String BY_CREDIT_CODE = CypherFile.load("enterprise/enterprises-by-credit-code");

	private final Neo4jClient neo4j;

	Enterprises(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public Optional<Enterprise> enterprise(String creditCode) {
		return Optional.ofNullable(byCreditCode(List.of(creditCode)).get(creditCode));
	}

	public Map<String, Enterprise> byCreditCode(Collection<String> creditCodes) {
		return this.neo4j.query(BY_CREDIT_CODE)
			.bind(List.copyOf(creditCodes))
			.to("creditCodes")
			.fetchAs(Enterprise.class)
			.mappedBy((types, record) -> Enterprise.from(record.get("enterprise")))
			.all()
			.stream()
			.collect(Collectors.toMap(Enterprise::creditCode, Function.identity()));
	}

}
