package cn.tongxin.graph.access;

/**
 * Phone numbers and birth years as the signed-in user may see them: whole with the {@code PII} permission,
 * masked otherwise (138******78, 19**), so that a list can still be told apart and checked against paper.
 */
public final class PersonalData {

	private PersonalData() {
	}

	public static String phone(String phone) {
		if (phone == null || CurrentUser.maySeePersonalData()) {
			return phone;
		}
		return maskedPhone(phone);
	}

	/**
	 * The digits of a phone number with at least half of them hidden in the middle, whatever its length:
	 * 13812345678 as 138******78, the landline 88881234 as 88****34. Separators are dropped.
	 */
	static String maskedPhone(String phone) {
		String digits = phone.replaceAll("\\D", "");
		int shown = digits.length() / 2;
		int front = (shown + 1) / 2;
		int back = shown / 2;
		return digits.substring(0, front) + "*".repeat(digits.length() - shown)
				+ digits.substring(digits.length() - back);
	}

	public static String birthYear(Integer year) {
		if (year == null) {
			return null;
		}
		String text = year.toString();
		return CurrentUser.maySeePersonalData() ? text : text.substring(0, Math.min(2, text.length())) + "**";
	}

}
