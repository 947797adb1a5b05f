package cn.tongxin.graph.area;

import cn.tongxin.graph.place.Town;

/**
 * A town's area on the map: its uploaded boundary, or ({@code approximate}) one drawn from its villages' points.
 * {@code geoJson} is a GeoJSON Polygon or MultiPolygon geometry in WGS-84 longitude and latitude.
 */
record TownArea(Town town, boolean approximate, String geoJson) {
}
