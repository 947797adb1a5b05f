package cn.tongxin.graph.access;

/**
 * Phone numbers and birth years as the signed-in user may see them: whole with the {@code PII} permission,
 * masked otherwise (138****5678, 19**), so that a list can still be told apart and checked against paper.
 */
public final class PersonalData {

	private PersonalData() {
	}

	public static String phone(String phone) {
		if (phone == null || CurrentUser.maySeePersonalData()) {
			return phone;
		}
		return (phone.length() >= 8) ? phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4) : "****";
	}

	public static String birthYear(Integer year) {
		if (year == null) {
			return null;
		}
		String text = year.toString();
		return CurrentUser.maySeePersonalData() ? text : text.substring(0, Math.min(2, text.length())) + "**";
	}

}
