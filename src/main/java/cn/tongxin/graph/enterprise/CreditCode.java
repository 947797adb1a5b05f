package cn.tongxin.graph.enterprise;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, S, V, Z), the last one a check character over the first 17.
 */
public final class CreditCode {

	public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCode() {
	}

	/** Why {@code code} is not a valid credit code, in words a clerk can act on, or {@code null} when it is. */
	public static String problemWith(String code) {
		if (code.length() != 18) {
			return "应为 18 位统一社会信用代码，实际 " + code.length() + " 位";
		}
		for (int i = 0; i < code.length(); i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return "第 " + (i + 1) + " 位「" + code.charAt(i) + "」不是统一社会信用代码允许的字符（数字或除 I、O、S、V、Z 外的大写字母）";
			}
		}
		char expected = checkCharacter(code.substring(0, 17));
		if (code.charAt(17) != expected) {
			return "校验位错误：按 GB 32100-2015 末位应为「" + expected + "」，请核对代码是否抄错";
		}
		return null;
	}

	public static boolean isValid(String code) {
		return problemWith(code) == null;
	}

	/** The check character for the first 17 characters of a code. */
	public static char checkCharacter(String first17) {
		if (first17.length() != 17) {
			throw new IllegalArgumentException("a credit code's body has 17 characters");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = ALPHABET.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
			}
			sum += value * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

}
