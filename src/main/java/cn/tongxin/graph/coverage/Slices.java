package cn.tongxin.graph.coverage;

import java.util.List;

import cn.tongxin.graph.place.VillageKind;
import cn.tongxin.graph.system.GraphValues;
import org.neo4j.driver.Value;

/** Coverage and its pairings sliced the ways planners report them. */
final class Slices {

	private Slices() {
	}

	/** Coverage of one kind of village. */
	record KindCoverage(VillageKind kind, int villages, int pairedVillages) {

		static KindCoverage from(Value slice) {
			return new KindCoverage(GraphValues.enumOf(VillageKind.class, slice.get("kind")), slice.get("villages").asInt(),
					slice.get("pairedVillages").asInt());
		}

		public int unpairedVillages() {
			return this.villages - this.pairedVillages;
		}

		public double ratio() {
			return Coverage.ratio(this.pairedVillages, this.villages);
		}

	}

	/** The enterprises of one industry or ownership that carry current pairings. */
	record Carrier(String key, int enterprises, int pairings, int villages) {

		static Carrier from(Value carrier) {
			return new Carrier(GraphValues.text(carrier.get("key")), carrier.get("enterprises").asInt(),
					carrier.get("pairings").asInt(), carrier.get("villages").asInt());
		}

	}

	record PairingCarriers(List<Carrier> byIndustry, List<Carrier> byOwnership) {
	}

	/** Projects of one group (all, a town, an industry) by status, with their investment in 10,000 yuan. */
	record ProjectSlice(String key, String name, int projects, double investmentWan, int planned, int inProgress,
			int completed) {

		static final ProjectSlice NONE = new ProjectSlice(null, null, 0, 0, 0, 0, 0);

		static ProjectSlice from(Value slice) {
			return new ProjectSlice(GraphValues.text(slice.get("key")), GraphValues.text(slice.get("name")),
					slice.get("projects").asInt(), slice.get("investmentWan").asDouble(), slice.get("planned").asInt(),
					slice.get("inProgress").asInt(), slice.get("completed").asInt());
		}

	}

	record ProjectSummary(ProjectSlice total, List<ProjectSlice> byTown, List<ProjectSlice> byIndustry) {
	}

}
