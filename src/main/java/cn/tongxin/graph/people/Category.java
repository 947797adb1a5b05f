package cn.tongxin.graph.people;

/** The 11 categories of united-front members. */
public enum Category {

	/** 民主党派成员 */
	DEMOCRATIC_PARTY,
	/** 无党派人士 */
	NON_PARTISAN,
	/** 党外知识分子 */
	INTELLECTUAL,
	/** 少数民族人士 */
	ETHNIC_MINORITY,
	/** 宗教界人士 */
	RELIGIOUS,
	/** 非公有制经济人士 */
	PRIVATE_ECONOMY,
	/** 新的社会阶层人士 */
	NEW_SOCIAL_STRATA,
	/** 出国和归国留学人员 */
	RETURNED_OVERSEAS_STUDENT,
	/** 港澳同胞 */
	HK_MACAO,
	/** 台湾同胞及其在大陆的亲属 */
	TAIWAN,
	/** 华侨、归侨及侨眷 */
	OVERSEAS_CHINESE

}
