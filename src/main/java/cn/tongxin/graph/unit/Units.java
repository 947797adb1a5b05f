package cn.tongxin.graph.unit;

import java.util.Collection;
import java.util.Map;

import cn.tongxin.graph.system.CypherFile;
import cn.tongxin.graph.system.GraphReader;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The member units as the API reads them. */
@Component
@Transactional(readOnly = true)
public class Units {

	private static final String UNITS_BY_CODE = CypherFile.load("unit/units-by-code");

	private final GraphReader graph;

	Units(GraphReader graph) {
		this.graph = graph;
	}

	/** Units by code; every user sees every unit, as every user sees every enterprise. */
	public Map<String, Unit> byCode(Collection<String> codes) {
		return this.graph.byKey(UNITS_BY_CODE, "codes", codes, "unit", Unit::from, Unit::code);
	}

}
