package cn.tongxin.graph.pairing;

import java.time.LocalDate;

import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/** A co-construction project (共建项目) an enterprise carries out for a village; investment in 10,000 yuan. */
public record Project(String id, String name, String enterpriseCreditCode, String villageCode, ProjectStatus status,
		LocalDate started, Double investmentWan) {

	public static Project from(Value project) {
		return new Project(project.get("id").asString(), project.get("name").asString(),
				project.get("enterpriseCreditCode").asString(), project.get("villageCode").asString(),
				GraphValues.enumOf(ProjectStatus.class, project.get("status")), GraphValues.date(project.get("started")),
				GraphValues.decimal(project.get("investmentWan")));
	}

}
