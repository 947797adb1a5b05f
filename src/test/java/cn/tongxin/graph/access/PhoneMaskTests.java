package cn.tongxin.graph.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The phone mask alone, without Spring or Neo4j; PersonalDataTests shows it applied to who may see what. */
class PhoneMaskTests {

	@Test
	void hidesAtLeastHalfOfThePhoneDigitsWhateverTheLength() {
		assertThat(PersonalData.maskedPhone("13812345678")).isEqualTo("138******78");
		assertThat(PersonalData.maskedPhone("88881234")).as("a landline").isEqualTo("88****34");
		assertThat(PersonalData.maskedPhone("(029) 8888-1234")).isEqualTo("029******34");
		for (int length = 1; length <= 20; length++) {
			String phone = "1234567890".repeat(2).substring(0, length);
			String masked = PersonalData.maskedPhone(phone);
			assertThat(masked).as(phone).hasSize(length);
			assertThat(masked.chars().filter(c -> c == '*').count()).as(phone).isGreaterThanOrEqualTo((length + 1) / 2);
		}
	}

}
