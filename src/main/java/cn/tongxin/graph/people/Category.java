package cn.tongxin.graph.people;

/** The 11 categories of united-front members, with their names in Chinese. */
public enum Category {

	DEMOCRATIC_PARTY("民主党派成员"), NON_PARTISAN("无党派人士"), INTELLECTUAL("党外知识分子"), ETHNIC_MINORITY("少数民族人士"),
	RELIGIOUS("宗教界人士"), PRIVATE_ECONOMY("非公有制经济人士"), NEW_SOCIAL_STRATA("新的社会阶层人士"),
	RETURNED_OVERSEAS_STUDENT("出国和归国留学人员"), HK_MACAO("港澳同胞"), TAIWAN("台湾同胞及其在大陆的亲属"),
	OVERSEAS_CHINESE("华侨、归侨及侨眷");

	private final String label;

	Category(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
