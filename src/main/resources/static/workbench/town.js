import { graphQl, showProblem, row } from './graphql.js';
import { label } from './labels.js';

const UNPAIRED = `query Unpaired($town: ID!, $after: String) {
  town(code: $town) { name }
  unpairedVillages(townCode: $town, first: 50, after: $after) {
    totalCount
    edges { node { code name kind households nearestEnterprises(first: 1) { enterprise { name } distanceKm } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const page = document.getElementById('town');
const townCode = page.dataset.town;
const more = document.getElementById('more');
let after = null;

function nearest(village) {
  const first = village.nearestEnterprises[0];
  return first ? first.enterprise.name + '（' + first.distanceKm + ' 公里）' : '位置不明';
}

function load() {
  more.disabled = true;
  graphQl(UNPAIRED, { town: townCode, after })
    .then(data => {
      if (data.town) {
        document.getElementById('town-name').textContent = data.town.name;
        document.title = data.town.name + ' · 未结对的村 · 同心图谱';
      }
      const unpaired = data.unpairedVillages;
      document.getElementById('summary').textContent = unpaired.totalCount === 0
        ? '本镇的村（社区）都已结对。' : '共 ' + unpaired.totalCount + ' 个村（社区）尚未结对。';
      const body = document.querySelector('#villages tbody');
      for (const edge of unpaired.edges) {
        const village = edge.node;
        body.appendChild(row([village.code, village.name, label('villageKind', village.kind),
          village.households ?? '—', nearest(village)]));
      }
      after = unpaired.pageInfo.endCursor;
      more.hidden = !unpaired.pageInfo.hasNextPage;
      more.disabled = false;
      page.dataset.loaded = 'true';
    })
    .catch(showProblem);
}

more.addEventListener('click', load);
load();
