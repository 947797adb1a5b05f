package cn.tongxin.graph.access;

import java.util.List;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Phone numbers and birth years: whole for a user with PII, masked for one without, and never in the logs. */
@GraphTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataTests {

	static final String PHONE = "13812345678";

	static final String ASK = "{ representative(id: \"R1\") { phone birthYear enterprise { representative { phone } } } }";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	TongxinHttp admin;

	TongxinHttp withPii;

	TongxinHttp withoutPii;

	@BeforeEach
	void aRepresentativeWithAPhone() {
		TestGraph.empty(this.neo4j);
		this.admin = new TongxinHttp(this.port);
		this.admin.importCsv("towns", "code,name\n610322100,甲镇\n");
		this.admin.importCsv("enterprises", "credit_code,name,town_code\n91610322022725555J,建材有限公司,610322100\n");
		this.admin.importCsv("representatives", "id,name,category,level,birth_year,phone,enterprise_credit_code\n"
				+ "R1,李娜,PRIVATE_ECONOMY,DISTRICT,1968," + PHONE + ",91610322022725555J\n");
		this.withPii = this.admin.createUser("with.pii", "VIEWER", true, List.of());
		this.withoutPii = this.admin.createUser("without.pii", "VIEWER", false, List.of());
	}

	@Test
	void showsPersonalDataWholeOnlyWithThePiiPermission() {
		var whole = this.withPii.graphQl().document(ASK).executeSync();
		var masked = this.withoutPii.graphQl().document(ASK).executeSync();

		assertThat(whole.field("representative.phone").toEntity(String.class)).isEqualTo(PHONE);
		assertThat(whole.field("representative.birthYear").toEntity(String.class)).isEqualTo("1968");
		assertThat(masked.field("representative.phone").toEntity(String.class)).isEqualTo("138****5678");
		assertThat(masked.field("representative.birthYear").toEntity(String.class)).isEqualTo("19**");
		assertThat(masked.field("representative.enterprise.representative.phone").toEntity(String.class))
			.isEqualTo("138****5678");
	}

	@Test
	void keepsPersonalDataOutOfTheLogs(CapturedOutput output) {
		this.admin.importCsv("representatives", "id,name,category,level,birth_year,phone\n"
				+ "R2,赵敏,INTELLECTUAL,DISTRICT,1850,139-BAD-0000\nR1,李娜,PRIVATE_ECONOMY,DISTRICT,1968," + PHONE + "\n");
		this.admin.graphQl().document(ASK).executeSync();
		this.withoutPii.graphQl().document(ASK).executeSync();

		assertThat(output.getAll()).doesNotContain(PHONE).doesNotContain("139-BAD-0000").doesNotContain("1968");
	}

}
