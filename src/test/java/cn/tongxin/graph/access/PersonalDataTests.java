package cn.tongxin.graph.access;

import java.util.List;

import cn.tongxin.graph.GraphTest;
import cn.tongxin.graph.TestGraph;
import cn.tongxin.graph.TongxinHttp;
import cn.tongxin.graph.ledger.ImportReport;
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
		assertThat(masked.field("representative.phone").toEntity(String.class)).isEqualTo("138******78");
		assertThat(masked.field("representative.birthYear").toEntity(String.class)).isEqualTo("19**");
		assertThat(masked.field("representative.enterprise.representative.phone").toEntity(String.class))
			.isEqualTo("138******78");
	}

	/**
	 * An editor who sees phones masked cannot try numbers by dry run or import: the stored number and any other
	 * are both reported as updated. An editor with PII is told the truth, and nothing stored is lost either way.
	 */
	@Test
	void doesNotConfirmAGuessOfAMaskedPhone() {
		TongxinHttp guesser = this.admin.createUser("editor.without.pii", "EDITOR", false, List.of());
		TongxinHttp clerk = this.admin.createUser("editor.with.pii", "EDITOR", true, List.of());
		String header = "id,name,category,level,birth_year,phone,enterprise_credit_code\n";
		String right = header + "R1,李娜,PRIVATE_ECONOMY,DISTRICT,1968," + PHONE + ",91610322022725555J\n";
		String wrong = header + "R1,李娜,PRIVATE_ECONOMY,DISTRICT,1968,13812340078,91610322022725555J\n";

		ImportReport rightGuess = guesser.importCsv("representatives", right, true);
		ImportReport wrongGuess = guesser.importCsv("representatives", wrong, true);
		assertThat(rightGuess).isEqualTo(wrongGuess);
		assertThat(rightGuess.updated()).isEqualTo(1);
		assertThat(guesser.importCsv("representatives", right)).isEqualTo(report(false, 1, 0));
		assertThat(storedPhone()).isEqualTo(PHONE);

		assertThat(clerk.importCsv("representatives", right, true)).isEqualTo(report(true, 0, 1));
		assertThat(clerk.importCsv("representatives", wrong, true)).isEqualTo(report(true, 1, 0));
		assertThat(guesser.importCsv("representatives", wrong)).as("a new number is stored as given")
			.isEqualTo(report(false, 1, 0));
		assertThat(storedPhone()).isEqualTo("13812340078");
	}

	private static ImportReport report(boolean dryRun, int updated, int unchanged) {
		return new ImportReport("representatives", dryRun, 0, updated, unchanged, List.of());
	}

	private String storedPhone() {
		return this.neo4j.query("MATCH (r:Representative {id: 'R1'}) RETURN r.phone").fetchAs(String.class).one().orElseThrow();
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
