import { graphQl, showProblem, row } from './graphql.js';
import { label } from './labels.js';

// The gaps the dashboard links to: the villages with no liaison (统战联络员) in post today, in code order, 50 at a
// time, the district's or a town's (?town=).

const GAPS = `query Gaps($town: ID, $after: String) {
  villagesWithoutLiaison(townCode: $town, first: 50, after: $after) {
    totalCount
    edges { node { code name kind town { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const page = document.getElementById('staffing');
const town = document.getElementById('town');
const more = document.getElementById('more');
let after = null;

function load(first) {
  more.disabled = true;
  if (first) {
    after = null;
    delete page.dataset.loaded;
    document.querySelector('#gaps tbody').replaceChildren();
  }
  graphQl(GAPS, { town: town.value || null, after })
    .then(data => {
      const gaps = data.villagesWithoutLiaison;
      document.getElementById('summary').textContent = gaps.totalCount === 0
        ? '村（社区）都有在岗的统战联络员。' : '共 ' + gaps.totalCount + ' 个村（社区）没有在岗的统战联络员。';
      const body = document.querySelector('#gaps tbody');
      for (const edge of gaps.edges) {
        const village = edge.node;
        body.appendChild(row([village.code, village.name, label('villageKind', village.kind), village.town.name]));
      }
      after = gaps.pageInfo.endCursor;
      more.hidden = !gaps.pageInfo.hasNextPage;
      more.disabled = false;
      page.dataset.loaded = 'true';
    })
    .catch(showProblem);
}

more.addEventListener('click', () => load(false));
town.addEventListener('change', () => {
  history.replaceState(null, '', town.value ? '?town=' + encodeURIComponent(town.value) : location.pathname);
  load(true);
});

graphQl('{ towns { code name } }')
  .then(data => {
    for (const each of data.towns) {
      town.add(new Option(each.name, each.code));
    }
    town.value = page.dataset.town || '';
    load(true);
  })
  .catch(showProblem);
