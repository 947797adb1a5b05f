/* 结对地图: the villages, enterprises, pairings and sites of the box in sight, drawn on plain longitude and latitude
   axes (no tiles: nothing is fetched from outside the service). One mapView request per view; zooming or panning
   asks again for the new box once the hand rests, and keeps it in the address (&view=W,S,E,N) so that a link opens
   the same box. A village's card shows its suggestions as dashed lines, and an editor pairs from it. */
import { graphQl, showProblem } from './graphql.js';
import { label, labels } from './labels.js';
import { pairVillage } from './pairing.js';

const VIEW_FIELDS = `mapView(box: $box, townCode: $town, filter: $filter) {
    clustered counts { villages unpaired enterprises sites }
    villages { code name kind households paired latitude longitude }
    clusters { latitude longitude villages unpaired }
    enterprises { creditCode name carries latitude longitude }
    pairings { creditCode enterpriseName villageCode enterpriseLatitude enterpriseLongitude villageLatitude villageLongitude }
    sites { id name kind latitude longitude }
  }`;

// the first view brings the towns' areas (the bottom layer, which does not change with the box) with the coverage
// that shades them: one request. Coverage is asked only of the towns with an area to shade: a whole country's towns
// have none, and their coverage would cost seconds.
const AREAS = 'townAreas(townCodes: $towns) { town { code name coverage { ratio } } approximate geoJson }';
const FIRST = `query FirstView($box: MapBox!, $town: ID, $towns: [ID!], $filter: MapFilter) {
  ${AREAS}
  ${VIEW_FIELDS}
}`;

// the towns for the choice, asked once the first view is drawn: a country's 40,000 would hold the map up a second
const TOWNS = 'query Towns { towns { code name } }';
const MOST_LISTED = 1000;

const TOWN_COVERAGE = `query TownCoverage($code: ID!) { town(code: $code) { code coverage { ratio } } }`;
const VIEW = `query View($box: MapBox!, $town: ID, $filter: MapFilter) { ${VIEW_FIELDS} }`;

const CARD = `query VillageCard($code: ID!) {
  village(code: $code) {
    code name kind households latitude longitude paired town { code name }
    pairings { enterprise { creditCode name } since until ended projects { id name status started investmentWan } }
    nearestEnterprises(first: 3) { enterprise { creditCode name latitude longitude } distanceKm }
  }
}`;

const SUGGESTIONS = `query Suggestions($code: ID!) {
  pairingSuggestions(villageCode: $code, first: 3) {
    enterprise { creditCode name latitude longitude } score distanceKm reason
    parts { distance sameTown industryFit load warmIntroduction }
  }
}`;

// the finder: towns and villages of the user's by name, for a district too large to scan on the map or in a list
const FIND = `query Find($text: String!) {
  search(text: $text, kinds: [TOWN, VILLAGE], first: 10) { kind id label detail townName }
}`;
const TOWN_OF_VILLAGE = `query TownOfVillage($code: ID!) { village(code: $code) { code town { code } } }`;

const WORLD = { west: -180, south: -90, east: 180, north: 90 };
const UNPAIRED = '#d64545';
const PAIRED = '#3f9142';
const ENTERPRISE = '#2f6fb3';
const SITE = '#8e44ad';
const SUGGESTED = '#e08a00';
const SHAPE = { VILLAGE: 'circle', COMMUNITY: 'rect' };
// the grid's margins, in pixels, so that a degree of longitude and of latitude are drawn alike
const GRID = { left: 56, right: 16, top: 56, bottom: 36 };

const page = document.getElementById('map-page');
const editor = page.dataset.editor === 'true';
const mapDiv = document.getElementById('map');
const card = document.getElementById('village-card');
const chart = echarts.init(mapDiv);
mapDiv.chart = chart;

/** The box a link asks for (view=west,south,east,north in degrees), or null when there is none or it is no box. */
function linkedBox(text) {
  const parts = (text || '').split(',');
  if (parts.length !== 4 || parts.some(part => part.trim() === '')) {
    return null;
  }
  const [west, south, east, north] = parts.map(Number);
  const within = (value, limit) => Number.isFinite(value) && value >= -limit && value <= limit;
  if (!within(west, 180) || !within(east, 180) || !within(south, 90) || !within(north, 90)
    || west >= east || south >= north) {
    return null;
  }
  return { west, south, east, north };
}

// linked: the box the address asked for, drawn as the first view instead of one fitted to what the view holds;
// shown: whether a box is drawn, so that the address may carry it
const state = { town: page.dataset.town || null, village: page.dataset.village || null, box: WORLD,
  linked: linkedBox(page.dataset.view), shown: false,
  extent: null, view: null, lines: [], asked: 0, areas: [], coverage: {}, townsKnown: false };

function filter() {
  const value = id => document.getElementById(id).value;
  const number = id => (value(id) === '' ? null : Number(value(id)));
  return { kind: value('kind') || null, minHouseholds: number('min-households'),
    maxHouseholds: number('max-households'), paired: value('paired') === '' ? null : value('paired') === 'true' };
}

/** The axes' bounds around what a view holds, widened so that a kilometre east is as long as one north. */
function extentAround(view) {
  const points = [...view.villages, ...view.clusters, ...view.enterprises, ...view.sites];
  if (points.length === 0) {
    return { west: 73, south: 18, east: 135, north: 54 };
  }
  let west = Infinity, east = -Infinity, south = Infinity, north = -Infinity;
  for (const point of points) {
    west = Math.min(west, point.longitude); east = Math.max(east, point.longitude);
    south = Math.min(south, point.latitude); north = Math.max(north, point.latitude);
  }
  const middle = (south + north) / 2;
  const across = Math.cos(middle * Math.PI / 180);
  const width = Math.max(mapDiv.clientWidth - GRID.left - GRID.right, 100);
  const height = Math.max(mapDiv.clientHeight - GRID.top - GRID.bottom, 100);
  const perPixel = Math.max((east - west) * across / width, (north - south) / height, 0.01 / height) * 1.1;
  const centre = [(west + east) / 2, middle];
  return { west: centre[0] - perPixel * width / across / 2, east: centre[0] + perPixel * width / across / 2,
    south: centre[1] - perPixel * height / 2, north: centre[1] + perPixel * height / 2 };
}

/**
 * The axes laid around a box, its width and its height further on each side (within the world's -180..180 and
 * -90..90), and the zoom showing the box itself: a hand may pan or zoom out past the box, up to three times as far,
 * and once it rests the axes are laid around the new box, so that there is no edge it cannot pass.
 */
function around(box) {
  const width = box.east - box.west, height = box.north - box.south;
  const extent = { west: Math.max(-180, box.west - width), east: Math.min(180, box.east + width),
    south: Math.max(-90, box.south - height), north: Math.min(90, box.north + height) };
  const percent = (value, low, high) => (value - low) / (high - low) * 100;
  return { extent, axes: {
    xAxis: { min: extent.west, max: extent.east }, yAxis: { min: extent.south, max: extent.north },
    dataZoom: [{ start: percent(box.west, extent.west, extent.east), end: percent(box.east, extent.west, extent.east) },
      { start: percent(box.south, extent.south, extent.north), end: percent(box.north, extent.south, extent.north) }] } };
}

function setUpAxes(box) {
  const laid = around(box);
  state.extent = laid.extent;
  const axis = (bounds, name) => Object.assign({ type: 'value', name, scale: true,
    axisLabel: { formatter: value => value.toFixed(2) }, splitLine: { lineStyle: { color: '#eef2f6' } } }, bounds);
  const zoom = (range, axisIndex) => Object.assign({ type: 'inside', filterMode: 'none' }, axisIndex, range);
  chart.setOption({
    animation: false,
    grid: GRID,
    tooltip: { renderMode: 'richText', formatter: params => params.data && params.data.tip },
    legend: { top: 4, type: 'scroll' },
    xAxis: axis(laid.axes.xAxis, '经度'),
    yAxis: axis(laid.axes.yAxis, '纬度'),
    dataZoom: [zoom(laid.axes.dataZoom[0], { xAxisIndex: 0 }), zoom(laid.axes.dataZoom[1], { yAxisIndex: 0 })],
    series: []
  }, { notMerge: true });
}

/** The axes laid again around the box in sight, which stays where it is drawn. */
function layAxesAround(box) {
  const laid = around(box);
  state.extent = laid.extent;
  chart.setOption(laid.axes);
}

/** The box in sight: the axes' bounds narrowed by the zoom. */
function boxInSight() {
  const zoom = chart.getOption().dataZoom;
  const e = state.extent;
  const x = zoom[0], y = zoom[1];
  const clamp = (value, low, high) => Math.min(high, Math.max(low, value));
  return { west: clamp(e.west + (e.east - e.west) * x.start / 100, -180, 180),
    east: clamp(e.west + (e.east - e.west) * x.end / 100, -180, 180),
    south: clamp(e.south + (e.north - e.south) * y.start / 100, -90, 90),
    north: clamp(e.south + (e.north - e.south) * y.end / 100, -90, 90) };
}

/** Twice a ring's signed area, in degrees: positive when it turns anticlockwise. */
function signedArea(ring) {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum;
}

/**
 * The polygons of a GeoJSON Polygon or MultiPolygon, each its outer ring and its holes, the outer ring turned
 * anticlockwise and the holes clockwise whichever way the file turned them: drawn as one path and filled by the
 * canvas's nonzero rule, a hole is then left unfilled (an enclave of another town shows through).
 */
function polygons(geoJson) {
  const geometry = JSON.parse(geoJson);
  const listed = geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  const turned = (ring, anticlockwise) => ((signedArea(ring) > 0) === anticlockwise ? ring : ring.slice().reverse());
  return listed.filter(rings => rings.length > 0)
    .map(rings => rings.map((ring, index) => turned(ring, index === 0)));
}

/** An SVG path of the polygons in pixels: a subpath a ring. */
function pathOf(drawn, api) {
  const parts = [];
  for (const rings of drawn) {
    for (const ring of rings) {
      ring.forEach((point, index) => {
        const [x, y] = api.coord(point);
        parts.push((index === 0 ? 'M' : 'L') + x.toFixed(1) + ' ' + y.toFixed(1));
      });
      parts.push('Z');
    }
  }
  return parts.join(' ');
}

/** A town's shade by its coverage today: red at none, green when every village is paired. */
function shade(ratio) {
  if (ratio == null) {
    return 'rgba(154, 165, 177, 0.18)';
  }
  const red = Math.round(214 + (63 - 214) * ratio);
  const green = Math.round(69 + (145 - 69) * ratio);
  const blue = Math.round(69 + (66 - 69) * ratio);
  return 'rgba(' + red + ', ' + green + ', ' + blue + ', 0.22)';
}

/** The towns' areas, under everything: a path a town, holes left out, the town's name at its middle, 示意 when approximate. */
function areaSeries() {
  return { id: 'areas', name: '镇（街道）范围', type: 'custom', z: 0, silent: true, clip: true,
    itemStyle: { color: 'rgba(154, 165, 177, 0.6)' },
    renderItem: (params, api) => {
      const area = state.areas[params.dataIndex];
      const fill = shade(state.coverage[area.town.code]);
      const children = [{ type: 'path', shape: { pathData: pathOf(area.polygons, api) },
        style: { fill, stroke: area.approximate ? '#9aa5b1' : '#52606d', lineWidth: 1,
          lineDash: area.approximate ? [4, 3] : null } }];
      const middle = api.coord(area.middle);
      const ratio = state.coverage[area.town.code];
      children.push({ type: 'text', x: middle[0], y: middle[1], silent: true,
        style: { text: area.town.name + (area.approximate ? '（示意）' : '')
          + (ratio == null ? '' : '\n覆盖 ' + (ratio * 100).toFixed(1) + '%'),
          fill: '#52606d', fontSize: 11, align: 'center', verticalAlign: 'middle' } });
      return { type: 'group', children };
    },
    data: state.areas.map((area, index) => [area.middle[0], area.middle[1], index]) };
}

function takeAreas(areas) {
  state.areas = areas.map(area => {
    const drawn = polygons(area.geoJson);
    // the middle of the outer rings: a hole's points would pull the name towards it
    const points = drawn.flatMap(rings => rings[0]);
    const middle = points.length === 0 ? [0, 0] : [points.reduce((sum, p) => sum + p[0], 0) / points.length,
      points.reduce((sum, p) => sum + p[1], 0) / points.length];
    return { town: area.town, approximate: area.approximate, polygons: drawn, middle };
  }).filter(area => area.polygons.length > 0);
  mapDiv.dataset.areas = String(state.areas.length);
  mapDiv.dataset.approximate = String(state.areas.filter(area => area.approximate).length);
}

function villageSeries(view, paired, kind) {
  const name = (paired ? '已结对' : '未结对') + label('villageKind', kind);
  return { id: name, name, type: 'scatter', symbol: SHAPE[kind], symbolSize: 9, z: 4,
    itemStyle: { color: paired ? PAIRED : UNPAIRED, borderColor: '#fff', borderWidth: 1 },
    data: view.villages.filter(v => v.paired === paired && v.kind === kind).map(v => ({
      value: [v.longitude, v.latitude], code: v.code,
      tip: v.name + '（' + label('villageKind', v.kind) + '，' + (v.households ?? '户数不明') + ' 户，'
        + (v.paired ? '已结对' : '未结对') + '）' })) };
}

function series(view) {
  const drawn = [areaSeries()];
  for (const paired of [false, true]) {
    for (const kind of Object.keys(SHAPE)) {
      drawn.push(villageSeries(view, paired, kind));
    }
  }
  drawn.push({ id: 'clusters', name: '村（社区）聚合', type: 'scatter', z: 3,
    itemStyle: { color: 'rgba(214, 69, 69, 0.35)', borderColor: UNPAIRED },
    label: { show: true, formatter: params => String(params.data.villages), fontSize: 10 },
    symbolSize: value => 10 + 4 * Math.sqrt(value[2]),
    data: view.clusters.map(c => ({ value: [c.longitude, c.latitude, c.villages], villages: c.villages,
      tip: c.villages + ' 个村（社区），未结对 ' + c.unpaired + ' 个；放大查看' })) });
  drawn.push({ id: 'enterprises', name: '企业（按结对村数）', type: 'scatter', symbol: 'diamond', z: 5,
    itemStyle: { color: ENTERPRISE, borderColor: '#fff', borderWidth: 1 },
    symbolSize: value => 10 + 3 * Math.min(value[2], 6),
    data: view.enterprises.map(e => ({ value: [e.longitude, e.latitude, e.carries], creditCode: e.creditCode,
      tip: e.name + '（结对 ' + e.carries + ' 个村）' })) });
  drawn.push({ id: 'pairings', name: '结对关系', type: 'lines', coordinateSystem: 'cartesian2d', z: 2,
    lineStyle: { color: PAIRED, opacity: 0.5, width: 1 },
    data: view.pairings.map(p => ({ coords: [[p.enterpriseLongitude, p.enterpriseLatitude],
      [p.villageLongitude, p.villageLatitude]], tip: p.enterpriseName + ' — 结对' })) });
  drawn.push({ id: 'sites', name: '阵地', type: 'scatter', symbol: 'triangle', symbolSize: 10, z: 4,
    itemStyle: { color: SITE },
    data: view.sites.map(s => ({ value: [s.longitude, s.latitude], tip: s.name + '（' + label('siteKind', s.kind) + '）' })) });
  drawn.push({ id: 'suggestions', name: '推荐结对', type: 'lines', coordinateSystem: 'cartesian2d', z: 6,
    lineStyle: { color: SUGGESTED, type: 'dashed', width: 2 }, data: state.lines });
  return drawn;
}

function describe(view) {
  const counts = view.counts;
  const shown = document.getElementById('shown');
  const enterprises = view.enterprises.length === counts.enterprises ? '企业 ' + counts.enterprises + ' 家'
    : '企业 ' + counts.enterprises + ' 家（太多，放大后显示）';
  shown.textContent = (view.clustered ? '村（社区）较多，按区域聚合显示：' : '显示')
    + counts.villages + ' 个村（社区），其中未结对 ' + counts.unpaired + ' 个；' + enterprises
    + '；结对关系 ' + view.pairings.length + ' 条；阵地 ' + counts.sites + ' 个'
    + (view.sites.length < counts.sites ? '（放大后显示）' : '') + '。'
    + (state.areas.some(area => area.approximate)
      ? '标“示意”的镇（街道）范围由村（社区）点位推算，不是行政区划界线。' : '');
  mapDiv.dataset.villages = String(counts.villages);
  mapDiv.dataset.unpaired = String(counts.unpaired);
  mapDiv.dataset.enterprises = String(view.enterprises.length);
}

function exportLink() {
  const box = state.box;
  const query = new URLSearchParams({ west: box.west, south: box.south, east: box.east, north: box.north });
  const chosen = filter();
  if (state.town) {
    query.set('townCode', state.town);
  }
  for (const [name, value] of Object.entries(chosen)) {
    if (value !== null) {
      query.set(name, value);
    }
  }
  document.getElementById('export-xlsx').href = '/api/export/map-villages?' + query;
}

function draw(view) {
  state.view = view;
  chart.setOption({ series: series(view) }, { replaceMerge: ['series'] });
  describe(view);
  exportLink();
  mapDiv.dataset.loaded = 'true';
}

/** Asks for the box in sight; an answer overtaken by a later question is dropped. */
function load(first) {
  const asked = ++state.asked;
  delete mapDiv.dataset.loaded;
  document.getElementById('problem').hidden = true;
  const variables = { box: first ? state.linked || WORLD : state.box, town: state.town, filter: filter() };
  if (first) {
    variables.towns = state.town ? [state.town] : null;
  }
  const question = first ? FIRST : VIEW;
  return graphQl(question, variables).then(data => {
    if (asked !== state.asked) {
      return;
    }
    if (first) {
      for (const area of data.townAreas || []) {
        state.coverage[area.town.code] = area.town.coverage.ratio;
      }
      takeAreas(data.townAreas || []);
      setUpAxes(state.linked || extentAround(data.mapView));
      state.box = state.linked || boxInSight();
      state.linked = null;
      state.shown = true;
      address();
    }
    draw(data.mapView);
    if (first && !state.townsKnown) {
      state.townsKnown = true;
      graphQl(TOWNS, {}).then(towns => chooseTowns(towns.towns)).catch(showProblem);
    }
  }).catch(showProblem);
}

/**
 * The towns for the choice. Past MOST_LISTED (a province's or a country's) the list holds only the town in sight:
 * Chromium takes most of a second to change the choice of a list of 40,000, and the finder reaches any of them.
 */
function chooseTowns(towns) {
  const choice = document.getElementById('town');
  choice.replaceChildren(choice.options[0]);
  state.townNames = new Map(towns.map(town => [town.code, town.name]));
  const listed = towns.length > MOST_LISTED ? [] : towns;
  for (const town of listed) {
    choice.appendChild(townOption(town.code, town.name));
  }
  choice.dataset.listed = String(listed.length);
  listTown(state.town);
  choice.dataset.loaded = 'true';
}

function townOption(code, name) {
  const option = document.createElement('option');
  option.value = code;
  option.textContent = name;
  return option;
}

/** Makes the town the choice, listing it first when the list left it out. */
function listTown(code) {
  const choice = document.getElementById('town');
  if (code && state.townNames && ![...choice.options].some(option => option.value === code)) {
    choice.appendChild(townOption(code, state.townNames.get(code) || code));
  }
  choice.value = code || '';
}

function address() {
  const query = new URLSearchParams();
  if (state.town) {
    query.set('town', state.town);
  }
  if (state.village) {
    query.set('village', state.village);
  }
  let link = query.toString();
  if (state.shown) {
    // written by hand: URLSearchParams would write the commas as %2C
    const box = state.box;
    link += (link ? '&' : '') + 'view='
      + [box.west, box.south, box.east, box.north].map(degrees => Number(degrees.toFixed(4))).join(',');
  }
  history.replaceState(null, '', '/map' + (link ? '?' + link : ''));
}

function element(tag, text, className) {
  const made = document.createElement(tag);
  if (text !== undefined && text !== null) {
    made.textContent = text;
  }
  if (className) {
    made.className = className;
  }
  return made;
}

/** Opens a village's card: its pairings and projects, or, unpaired, its nearest enterprises and suggestions. */
function openVillage(code) {
  state.village = code;
  address();
  delete card.dataset.loaded;
  return graphQl(CARD, { code }).then(data => {
    const village = data.village;
    if (!village) {
      throw new Error('没有这个村（社区），或它不在您负责的镇');
    }
    if (village.paired) {
      return { village, suggestions: [] };
    }
    return graphQl(SUGGESTIONS, { code }).then(more => ({ village, suggestions: more.pairingSuggestions }));
  }).then(({ village, suggestions }) => {
    showCard(village, suggestions);
    state.lines = suggestions.filter(s => s.enterprise.latitude != null && village.latitude != null).map(s => ({
      coords: [[village.longitude, village.latitude], [s.enterprise.longitude, s.enterprise.latitude]],
      tip: s.reason }));
    if (state.view) {
      chart.setOption({ series: [{ id: 'suggestions', data: state.lines }] });
    }
    card.dataset.loaded = 'true';
  }).catch(showProblem);
}

function showCard(village, suggestions) {
  card.replaceChildren();
  card.dataset.village = village.code;
  card.appendChild(element('h2', village.name));
  card.appendChild(element('p', [village.town.name, label('villageKind', village.kind),
    (village.households ?? '户数不明') + ' 户', village.paired ? '已结对' : '未结对'].join(' · ')));
  if (village.paired) {
    card.appendChild(element('h3', '结对企业与项目'));
    const list = element('ul');
    list.id = 'card-pairings';
    for (const pairing of village.pairings) {
      const item = element('li', pairing.enterprise.name + '，' + pairing.since + ' 起'
        + (pairing.until ? '，至 ' + pairing.until : '') + (pairing.ended ? '（已结束）' : ''));
      if (pairing.projects.length > 0) {
        const projects = element('ul');
        for (const project of pairing.projects) {
          projects.appendChild(element('li', '项目：' + project.name + '（' + label('projectStatus', project.status) + '）'
            + (project.started ? '，' + project.started + ' 开始' : '')
            + (project.investmentWan != null ? '，投资 ' + project.investmentWan + ' 万元' : '')));
        }
        item.appendChild(projects);
      }
      list.appendChild(item);
    }
    card.appendChild(list);
  } else {
    card.appendChild(element('h3', '最近的企业'));
    const nearest = element('ol');
    nearest.id = 'card-nearest';
    for (const near of village.nearestEnterprises) {
      nearest.appendChild(element('li', near.enterprise.name + '（' + near.distanceKm + ' 公里）'));
    }
    if (village.nearestEnterprises.length === 0) {
      nearest.appendChild(element('li', '位置不明，无法计算'));
    }
    card.appendChild(nearest);
    card.appendChild(element('h3', '推荐结对（虚线）'));
    const list = element('ol');
    list.id = 'card-suggestions';
    for (const suggestion of suggestions) {
      list.appendChild(suggestionItem(village, suggestion));
    }
    if (suggestions.length === 0) {
      list.appendChild(element('li', '附近没有可建议的企业。'));
    }
    card.appendChild(list);
  }
  const close = element('button', '关闭');
  close.type = 'button';
  close.addEventListener('click', () => {
    card.hidden = true;
    state.village = null;
    state.lines = [];
    chart.setOption({ series: [{ id: 'suggestions', data: [] }] });
    address();
    chart.resize();
  });
  card.appendChild(close);
  card.hidden = false;
  chart.resize();
}

function suggestionItem(village, suggestion) {
  const item = element('li', null, 'suggestion');
  const parts = suggestion.parts;
  item.appendChild(element('strong', suggestion.enterprise.name + ' · ' + suggestion.score.toFixed(1) + ' 分'));
  item.appendChild(element('div', '距离 ' + parts.distance.toFixed(1) + '，同镇 ' + parts.sameTown.toFixed(1) + '，行业 '
    + parts.industryFit.toFixed(1) + '，负荷 ' + parts.load.toFixed(1) + '，引荐 ' + parts.warmIntroduction.toFixed(1)));
  item.appendChild(element('div', suggestion.reason, 'reason'));
  if (editor) {
    const button = element('button', '结对', 'pair');
    button.type = 'button';
    button.addEventListener('click', () => pair(village, suggestion.enterprise));
    item.appendChild(button);
  }
  return item;
}

function pair(village, enterprise) {
  pairVillage(village, enterprise, page.dataset.today)
    .then(paired => {
      if (!paired) {
        return null;
      }
      state.lines = [];
      // the town's shade follows its coverage
      const shaded = graphQl(TOWN_COVERAGE, { code: village.town.code }).then(data => {
        if (data.town) {
          state.coverage[data.town.code] = data.town.coverage.ratio;
        }
      });
      return shaded.then(() => Promise.all([load(false), openVillage(village.code)]));
    })
    .catch(showProblem);
}

function downloadPicture(event) {
  event.preventDefault();
  const link = document.createElement('a');
  link.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  link.download = '结对地图-' + page.dataset.today + '.png';
  link.click();
}

for (const [value, name] of Object.entries(labels.villageKind || {})) {
  const option = document.createElement('option');
  option.value = value;
  option.textContent = name;
  document.getElementById('kind').appendChild(option);
}

let resting = null;
chart.on('datazoom', () => {
  clearTimeout(resting);
  resting = setTimeout(() => {
    state.box = boxInSight();
    layAxesAround(state.box);
    address();
    load(false);
  }, 350);
});
chart.on('click', params => {
  if (params.data && params.data.code) {
    openVillage(params.data.code);
  }
});
window.addEventListener('resize', () => chart.resize());
document.getElementById('town').addEventListener('change', event => {
  state.town = event.target.value || null;
  // a town chosen is drawn whole: the box in sight is the town's once it is drawn
  state.shown = false;
  address();
  load(true);
});
for (const id of ['kind', 'min-households', 'max-households', 'paired']) {
  document.getElementById(id).addEventListener('change', () => load(false));
}
document.getElementById('export-png').addEventListener('click', downloadPicture);

/** The finder's hits by the text of their option: picking one (the option's text becomes the input's) goes there. */
const found = new Map();
let finding = 0;
document.getElementById('find').addEventListener('input', event => {
  const text = event.target.value.trim();
  const hit = found.get(event.target.value);
  if (hit) {
    goTo(hit);
    return;
  }
  clearTimeout(finding);
  if (text === '') {
    return;
  }
  finding = setTimeout(() => graphQl(FIND, { text }).then(data => {
    const list = document.getElementById('found');
    list.replaceChildren();
    found.clear();
    for (const hit of data.search) {
      const name = hit.label + '（' + [label('nodeKind', hit.kind), hit.townName !== hit.label ? hit.townName : null]
        .filter(part => part).join('，') + '）';
      found.set(name, hit);
      const option = document.createElement('option');
      option.value = name;
      option.dataset.kind = hit.kind;
      option.dataset.id = hit.id;
      list.appendChild(option);
    }
    document.getElementById('find').dataset.found = String(data.search.length);
  }).catch(showProblem), 250);
});

/** A town found is drawn whole; a village found, with its town, and its card opened. */
function goTo(hit) {
  const town = hit.kind === 'TOWN' ? Promise.resolve(hit.id)
    : graphQl(TOWN_OF_VILLAGE, { code: hit.id }).then(data => data.village.town.code);
  town.then(code => {
    state.town = code;
    state.village = hit.kind === 'VILLAGE' ? hit.id : null;
    state.shown = false;
    listTown(code);
    address();
    return load(true);
  }).then(() => {
    if (state.village) {
      openVillage(state.village);
    }
  }).catch(showProblem);
}
mapDiv.openVillage = openVillage;

load(true).then(() => {
  if (state.village) {
    openVillage(state.village);
  }
});
