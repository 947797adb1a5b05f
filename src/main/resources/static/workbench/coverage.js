import { graphQl, showProblem, percent, row } from './graphql.js';
import { label } from './labels.js';

// Twelve monthly points ending on the district's today, counted by the service: the browser's clock and time zone
// need not agree with the district's.
const COVERAGE = `query Dashboard {
  coverage { villages pairedVillages unpairedVillages ratio
             byTown { town { code name } villages pairedVillages unpairedVillages ratio } }
  coverageTrend(points: 12, interval: MONTH) { date ratio }
  coverageByKind { kind villages pairedVillages unpairedVillages ratio }
  projectSummary { total { projects investmentWan planned inProgress completed } }
}`;

function showFigures(coverage) {
  document.getElementById('villages').textContent = coverage.villages;
  document.getElementById('paired').textContent = coverage.pairedVillages;
  document.getElementById('unpaired').textContent = coverage.unpairedVillages;
  document.getElementById('ratio').textContent = percent(coverage.ratio);
}

/** A bar per town, the least covered first: the towns to chase are at the top. */
function showTowns(byTown) {
  const list = document.getElementById('towns');
  const towns = [...byTown].sort((a, b) => a.ratio - b.ratio || a.town.code.localeCompare(b.town.code));
  for (const town of towns) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = '/coverage/towns/' + encodeURIComponent(town.town.code);
    link.className = 'bar-row';
    const name = document.createElement('span');
    name.className = 'bar-name';
    name.textContent = town.town.name;
    const track = document.createElement('span');
    track.className = 'bar-track';
    const bar = document.createElement('span');
    bar.className = 'bar' + (town.unpairedVillages > 0 ? ' behind' : '');
    bar.style.width = (town.ratio * 100) + '%';
    track.appendChild(bar);
    const figure = document.createElement('span');
    figure.className = 'bar-figure';
    figure.textContent = percent(town.ratio) + '（' + town.pairedVillages + '/' + town.villages + '，未结对 '
      + town.unpairedVillages + '）';
    link.append(name, track, figure);
    item.appendChild(link);
    list.appendChild(item);
  }
}

/** The trend as a line in an SVG: months along, 0–100% up. */
function showTrend(points) {
  const svg = document.getElementById('trend');
  const ns = 'http://www.w3.org/2000/svg';
  const left = 50, right = 580, top = 15, bottom = 185;
  const x = i => left + (points.length > 1 ? i * (right - left) / (points.length - 1) : 0);
  const y = ratio => bottom - ratio * (bottom - top);
  for (const level of [0, 0.5, 1]) {
    const grid = document.createElementNS(ns, 'line');
    grid.setAttribute('x1', left); grid.setAttribute('x2', right);
    grid.setAttribute('y1', y(level)); grid.setAttribute('y2', y(level));
    grid.setAttribute('class', 'grid');
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', left - 8); label.setAttribute('y', y(level) + 4);
    label.setAttribute('text-anchor', 'end');
    label.textContent = (level * 100) + '%';
    svg.append(grid, label);
  }
  const line = document.createElementNS(ns, 'polyline');
  line.setAttribute('points', points.map((point, i) => x(i) + ',' + y(point.ratio)).join(' '));
  line.setAttribute('class', 'line');
  svg.appendChild(line);
  points.forEach((point, i) => {
    const dot = document.createElementNS(ns, 'circle');
    dot.setAttribute('cx', x(i)); dot.setAttribute('cy', y(point.ratio)); dot.setAttribute('r', 3.5);
    const title = document.createElementNS(ns, 'title');
    title.textContent = point.date + '：' + percent(point.ratio);
    dot.appendChild(title);
    svg.appendChild(dot);
    if (i % 2 === 0 || i === points.length - 1) {
      const label = document.createElementNS(ns, 'text');
      label.setAttribute('x', x(i)); label.setAttribute('y', bottom + 20);
      label.setAttribute('text-anchor', 'middle');
      label.textContent = point.date.slice(0, 7);
      svg.appendChild(label);
    }
  });
}

function showKinds(kinds) {
  const body = document.querySelector('#kinds tbody');
  for (const kind of kinds) {
    body.appendChild(row([label('villageKind', kind.kind), kind.villages, kind.pairedVillages,
      kind.unpairedVillages, percent(kind.ratio)]));
  }
}

function showProjects(total) {
  document.querySelector('#projects tbody').appendChild(row([total.projects, total.planned, total.inProgress,
    total.completed, total.investmentWan.toFixed(1)]));
}

graphQl(COVERAGE, {})
  .then(data => {
    showFigures(data.coverage);
    showTowns(data.coverage.byTown);
    showTrend(data.coverageTrend);
    showKinds(data.coverageByKind);
    showProjects(data.projectSummary.total);
    document.getElementById('coverage').dataset.loaded = 'true';
  })
  .catch(showProblem);
