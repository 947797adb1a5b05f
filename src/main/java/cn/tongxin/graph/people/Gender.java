package cn.tongxin.graph.people;

public enum Gender {

	MALE("男"), FEMALE("女");

	private final String label;

	Gender(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
