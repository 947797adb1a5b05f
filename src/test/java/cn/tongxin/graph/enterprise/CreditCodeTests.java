package cn.tongxin.graph.enterprise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CreditCodeTests {

	@Test
	void computesTheCheckCharacterOfKnownCodes() {
		// a code printed on a business licence, and two from the import contract's sample
		assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
		assertThat(CreditCode.checkCharacter("91610322022725555")).isEqualTo('J');
		assertThat(CreditCode.checkCharacter("9161032268961727X")).isEqualTo('X');
	}

	@Test
	void acceptsAValidCodeAndNamesWhatIsWrongWithAnInvalidOne() {
		assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
		assertThat(CreditCode.problemWith("91350100M000100Y44")).contains("校验位错误").contains("「3」");
		assertThat(CreditCode.problemWith("91350100M000100Y4")).contains("18 位").contains("17 位");
		assertThat(CreditCode.problemWith("91350100I000100Y43")).contains("第 9 位「I」");
		assertThat(CreditCode.problemWith("91350100m000100Y43")).contains("第 9 位「m」");
	}

	@Test
	void refusesABodyOfTheWrongLength() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter("9135"));
	}

}
