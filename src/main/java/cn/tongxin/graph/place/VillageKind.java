package cn.tongxin.graph.place;

/** A rural village (行政村) or an urban community (社区). */
public enum VillageKind {

	VILLAGE("行政村"), COMMUNITY("社区");

	private final String label;

	VillageKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
