import { graphQl, showProblem, percent } from './graphql.js';
import { label } from './labels.js';
import { pairVillage } from './pairing.js';

const TOWNS = `{ towns { code name coverage { unpairedVillages ratio } } }`;

const WORKSHEET = `query Worksheet($town: ID!) {
  town(code: $town) { name coverage { villages pairedVillages unpairedVillages ratio } }
  planningWorksheet(townCode: $town, suggestions: 3) {
    village { code name kind households }
    suggestions { enterprise { creditCode name } score distanceKm reason
                  parts { distance sameTown industryFit load warmIntroduction } }
  }
}`;

const page = document.getElementById('planning');
const editor = page.dataset.editor === 'true';
const choice = document.getElementById('town');

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) {
    td.className = className;
  }
  return td;
}

function downloads(town) {
  const links = {
    'worksheet-xlsx': '/api/export/planning-worksheet?format=xlsx&townCode=' + encodeURIComponent(town),
    'worksheet-csv': '/api/export/planning-worksheet?format=csv&townCode=' + encodeURIComponent(town),
    'coverage-xlsx': '/api/export/coverage?format=xlsx',
    'coverage-csv': '/api/export/coverage?format=csv'
  };
  for (const [id, href] of Object.entries(links)) {
    document.getElementById(id).href = href;
  }
  document.getElementById('downloads').hidden = false;
}

/** One unpaired village with its suggestions, and for an editor a button to pair it with each. */
function villageCard(row, townName) {
  const card = document.createElement('section');
  card.className = 'village';
  card.dataset.village = row.village.code;
  const title = document.createElement('h2');
  title.textContent = row.village.name + '（' + row.village.code + '，'
    + label('villageKind', row.village.kind) + '，' + (row.village.households ?? '户数不明') + ' 户）';
  card.appendChild(title);
  if (row.suggestions.length === 0) {
    const none = document.createElement('p');
    none.textContent = '附近没有可建议的企业。';
    card.appendChild(none);
    return card;
  }
  const table = document.createElement('table');
  table.innerHTML = '<thead><tr><th>企业</th><th>得分</th><th>距离</th><th>距离分</th><th>同镇</th><th>行业</th><th>负荷</th>'
    + '<th>引荐</th><th>理由</th>' + (editor ? '<th></th>' : '') + '</tr></thead>';
  const body = document.createElement('tbody');
  for (const suggestion of row.suggestions) {
    const tr = document.createElement('tr');
    const parts = suggestion.parts;
    tr.append(cell(suggestion.enterprise.name), cell(suggestion.score.toFixed(1), 'score'),
      cell(suggestion.distanceKm == null ? '—' : suggestion.distanceKm + ' 公里'), cell(parts.distance.toFixed(1)),
      cell(parts.sameTown.toFixed(1)),
      cell(parts.industryFit.toFixed(1)), cell(parts.load.toFixed(1)), cell(parts.warmIntroduction.toFixed(1)),
      cell(suggestion.reason));
    if (editor) {
      const td = document.createElement('td');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'pair';
      button.textContent = '结对';
      button.addEventListener('click', () => pair(row.village, suggestion.enterprise));
      td.appendChild(button);
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  table.appendChild(body);
  card.appendChild(table);
  return card;
}

function pair(village, enterprise) {
  // not loaded from the click on, so that whoever waits for the worksheet waits for it drawn again
  delete page.dataset.loaded;
  pairVillage(village, enterprise, page.dataset.today)
    .then(paired => {
      if (!paired) {
        page.dataset.loaded = 'true';
        return null;
      }
      return load(choice.value);
    })
    .catch(showProblem);
}

function load(town) {
  delete page.dataset.loaded;
  document.getElementById('problem').hidden = true;
  return graphQl(WORKSHEET, { town })
    .then(data => {
      const coverage = data.town.coverage;
      document.getElementById('summary').textContent = data.town.name + '：' + coverage.villages + ' 个村（社区），已结对 '
        + coverage.pairedVillages + '，未结对 ' + coverage.unpairedVillages + '，覆盖率 ' + percent(coverage.ratio) + '。';
      const rows = document.getElementById('rows');
      rows.replaceChildren(...data.planningWorksheet.map(row => villageCard(row, data.town.name)));
      downloads(town);
      page.dataset.loaded = 'true';
    })
    .catch(showProblem);
}

graphQl(TOWNS)
  .then(data => {
    // the towns furthest behind first: they are the ones to plan for
    const towns = [...data.towns].sort((a, b) => a.coverage.ratio - b.coverage.ratio || a.code.localeCompare(b.code));
    for (const town of towns) {
      const option = document.createElement('option');
      option.value = town.code;
      option.textContent = town.name + '（未结对 ' + town.coverage.unpairedVillages + '）';
      choice.appendChild(option);
    }
    if (page.dataset.town && towns.some(town => town.code === page.dataset.town)) {
      choice.value = page.dataset.town;
    }
    choice.addEventListener('change', () => {
      history.replaceState(null, '', '/planning?town=' + encodeURIComponent(choice.value));
      load(choice.value);
    });
    if (choice.value) {
      load(choice.value);
    }
  })
  .catch(showProblem);
