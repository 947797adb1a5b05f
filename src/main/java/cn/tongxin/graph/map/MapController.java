package cn.tongxin.graph.map;

import cn.tongxin.graph.place.Places;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The planner's map: one view of a box per request. */
@Controller
class MapController {

	private final MapViews views;

	private final Places places;

	MapController(MapViews views, Places places) {
		this.views = views;
		this.places = places;
	}

	@QueryMapping
	MapView mapView(@Argument MapBox box, @Argument String townCode, @Argument MapFilter filter) {
		// another town's code is refused as an unknown one is: the same words for both
		return this.views.of(box.checked(), this.places.knownTownOrDistrict(townCode),
				(filter != null) ? filter : MapFilter.ANY);
	}

}
