import { graphQl, showProblem } from './graphql.js';
import { label } from './labels.js';

/* The network explorer. What is drawn is the network around a centre plus the neighbours of each node
   expanded since, in order; all of it (centre, expansions, filters) is kept in the address, so that a colleague
   opening the same link sees the same drawing. Kinds and ties are named as the server's enums name them
   (labels.js); here is only how each looks. */

const KINDS = Object.fromEntries(Object.entries({
  LEADER: { shape: 'ellipse', color: '#b91c1c' },
  REPRESENTATIVE: { shape: 'round-rectangle', color: '#2b6cb0' },
  ENTERPRISE: { shape: 'rectangle', color: '#c05621' },
  VILLAGE: { shape: 'triangle', color: '#2f855a' },
  TOWN: { shape: 'diamond', color: '#6b46c1' },
  SITE: { shape: 'hexagon', color: '#0f766e' },
  MEMBER: { shape: 'pentagon', color: '#d53f8c' },
  STAFF: { shape: 'octagon', color: '#319795' },
  PROBLEM: { shape: 'star', color: '#975a16' }
}).map(([kind, look]) => [kind, { ...look, name: label('nodeKind', kind) }]));

const TIES = Object.fromEntries(Object.entries({
  BEFRIENDS: { line: 'solid', color: '#b91c1c', width: 2 },
  RUNS: { line: 'dashed', color: '#c05621', width: 2 },
  PAIRED_WITH: { line: 'solid', color: '#2f855a', width: 4 },
  IN_TOWN: { line: 'dotted', color: '#a0aec0', width: 1 },
  TOOK_PART: { line: 'solid', color: '#d53f8c', width: 1 },
  STAFFS: { line: 'dashed', color: '#319795', width: 2 },
  CONCERNS: { line: 'solid', color: '#975a16', width: 2 }
}).map(([type, look]) => [type, { ...look, name: label('edgeType', type) }]));

const NETWORK_FIELDS = 'nodes { id kind label properties { key value } } edges { from to type } truncated';

const SEARCH = `query Search($text: String!) { search(text: $text, first: 10) { kind id label detail } }`;

const CONNECTION = `query Connect($from: ID!, $to: ID!) {
  connection(fromId: $from, toId: $to, maxHops: 4) { nodes { id kind label } steps { from to type sentence } }
}`;

const page = document.getElementById('explorer');
const state = readAddress();
let cy = null;
let chosen = null;

/** The view as the address has it: ?id=centre&open=a,b&types=BEFRIENDS,RUNS&since=2024-01-01. */
function readAddress() {
  const query = new URLSearchParams(window.location.search);
  const types = query.get('types');
  return {
    id: query.get('id'),
    open: query.get('open') ? query.get('open').split(',') : [],
    types: types ? types.split(',').filter(type => TIES[type]) : Object.keys(TIES),
    since: query.get('since') || ''
  };
}

function writeAddress() {
  const query = new URLSearchParams();
  if (state.id) {
    query.set('id', state.id);
  }
  if (state.open.length > 0) {
    query.set('open', state.open.join(','));
  }
  if (state.types.length < Object.keys(TIES).length) {
    query.set('types', state.types.join(','));
  }
  if (state.since) {
    query.set('since', state.since);
  }
  history.replaceState(null, '', '/explore' + (query.toString() ? '?' + query : ''));
}

/** The centre's network and each expansion's, in one request: one round trip each on the server. */
async function fetchNetworks() {
  const ids = [state.id, ...state.open];
  const declarations = ids.map((id, i) => '$id' + i + ': ID!').join(', ');
  const fields = ids.map((id, i) => 'n' + i + ': network(id: $id' + i + ', depth: ' + (i === 0 ? 2 : 1)
    + ', types: $types, since: $since, limit: 200) { ' + NETWORK_FIELDS + ' }').join('\n');
  const variables = { types: state.types, since: state.since || null };
  ids.forEach((id, i) => { variables['id' + i] = id; });
  const data = await graphQl('query Explore(' + declarations + ', $types: [EdgeType!], $since: Date) {\n' + fields + '\n}',
    variables);
  return ids.map((id, i) => data['n' + i]);
}

function elementsOf(networks) {
  const nodes = new Map();
  const edges = new Map();
  for (const network of networks) {
    for (const node of network.nodes) {
      nodes.set(node.id, { data: { id: node.id, label: node.label || node.id, kind: node.kind, properties: node.properties } });
    }
    for (const edge of network.edges) {
      const id = edge.type + ':' + edge.from + '>' + edge.to;
      edges.set(id, { data: { id, source: edge.from, target: edge.to, type: edge.type } });
    }
  }
  return [...nodes.values(), ...edges.values()];
}

function style() {
  const rules = [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
      width: 22, height: 22, 'border-width': 1, 'border-color': '#fff' } },
    { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1a202c' } },
    { selector: '.centre', style: { width: 34, height: 34 } }
  ];
  for (const [kind, look] of Object.entries(KINDS)) {
    rules.push({ selector: 'node[kind = "' + kind + '"]', style: { shape: look.shape, 'background-color': look.color } });
  }
  for (const [type, look] of Object.entries(TIES)) {
    rules.push({ selector: 'edge[type = "' + type + '"]', style: { 'line-style': look.line, 'line-color': look.color,
      'target-arrow-color': look.color, width: look.width } });
  }
  // last, so that a path's highlight wins over a tie's own look
  rules.push({ selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#d69e2e', 'z-index': 10 } });
  rules.push({ selector: 'edge.on-path', style: { 'line-color': '#d69e2e', 'target-arrow-color': '#d69e2e', width: 5,
    'z-index': 10 } });
  return rules;
}

async function draw() {
  if (!state.id) {
    return;
  }
  delete page.dataset.drawn;
  writeAddress();
  try {
    const networks = await fetchNetworks();
    if (networks[0].nodes.length === 0) {
      throw new Error('没有找到 ' + state.id + '，或您无权查看');
    }
    document.getElementById('truncated').hidden = !networks.some(network => network.truncated);
    document.getElementById('problem').hidden = true;
    if (cy) {
      cy.destroy();
    }
    cy = cytoscape({
      container: document.getElementById('graph'), elements: elementsOf(networks), style: style(),
      // a force layout; 300 rounds settle a 200-node network well enough, in a third of the default's time
      layout: { name: 'cose', animate: false, randomize: false, numIter: 300, nodeRepulsion: () => 9000,
        idealEdgeLength: () => 70 },
      wheelSensitivity: 0.3
    });
    cy.getElementById(state.id).addClass('centre');
    page.cy = cy; // the drawing, for the browser tests (a module's names are not the page's)
    cy.on('tap', 'node', event => showDetails(event.target));
    document.getElementById('undo').disabled = state.open.length === 0;
    document.getElementById('connect-box').hidden = false;
    page.dataset.nodes = String(cy.nodes().length);
    page.dataset.expansions = String(state.open.length);
    page.dataset.drawn = 'true';
  } catch (error) {
    showProblem(error);
  }
}

function showDetails(node) {
  chosen = node.id();
  const kind = KINDS[node.data('kind')];
  document.getElementById('details').hidden = false;
  document.getElementById('details-title').textContent = node.data('label');
  document.getElementById('details-kind').textContent = kind.name + ' · ' + node.id();
  const list = document.getElementById('details-properties');
  list.replaceChildren();
  for (const property of node.data('properties') || []) {
    const term = document.createElement('dt');
    term.textContent = property.key;
    const value = document.createElement('dd');
    value.textContent = property.value ?? '—';
    list.append(term, value);
  }
  document.getElementById('expand').disabled = chosen === state.id || state.open.includes(chosen);
}

function legend() {
  const box = document.getElementById('legend');
  for (const look of Object.values(KINDS)) {
    const item = document.createElement('span');
    item.className = 'key';
    const mark = document.createElement('i');
    mark.className = 'mark ' + look.shape;
    mark.style.background = look.color;
    item.append(mark, look.name);
    box.appendChild(item);
  }
  const types = document.getElementById('types');
  for (const [type, look] of Object.entries(TIES)) {
    const label = document.createElement('label');
    label.className = 'key';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = type;
    box.checked = state.types.includes(type);
    box.addEventListener('change', () => {
      state.types = [...types.querySelectorAll('input:checked')].map(input => input.value);
      draw();
    });
    const line = document.createElement('i');
    line.className = 'line';
    line.style.borderTop = look.width + 'px ' + look.line + ' ' + look.color;
    label.append(box, line, look.name);
    types.appendChild(label);
  }
}

/** A search box that lists hits as one types, and calls choose with the hit picked. */
function searchBox(input, list, choose) {
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length === 0) {
      list.hidden = true;
      return;
    }
    timer = setTimeout(() => {
      graphQl(SEARCH, { text })
        .then(data => {
          list.replaceChildren(...data.search.map(hit => {
            const item = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button';
            button.textContent = hit.label + '（' + KINDS[hit.kind].name + (hit.detail ? '，' + hit.detail : '') + '）';
            button.addEventListener('click', () => {
              list.hidden = true;
              input.value = hit.label;
              choose(hit);
            });
            item.appendChild(button);
            return item;
          }));
          list.hidden = data.search.length === 0;
        })
        .catch(showProblem);
    }, 250);
  });
}

function connect(hit) {
  delete page.dataset.connected;
  graphQl(CONNECTION, { from: state.id, to: hit.id })
    .then(data => {
      const steps = document.getElementById('steps');
      cy.elements().removeClass('on-path');
      if (data.connection.length === 0) {
        const none = document.createElement('li');
        none.textContent = '四步之内没有联系。';
        steps.replaceChildren(none);
      } else {
        const sentences = [];
        for (const path of data.connection) {
          for (const node of path.nodes) {
            if (cy.getElementById(node.id).empty()) {
              cy.add({ data: { id: node.id, label: node.label || node.id, kind: node.kind, properties: [] } });
            }
            cy.getElementById(node.id).addClass('on-path');
          }
          for (const step of path.steps) {
            const id = step.type + ':' + step.from + '>' + step.to;
            if (cy.getElementById(id).empty()) {
              cy.add({ data: { id, source: step.from, target: step.to, type: step.type } });
            }
            cy.getElementById(id).addClass('on-path');
            if (!sentences.includes(step.sentence)) {
              sentences.push(step.sentence);
            }
          }
        }
        steps.replaceChildren(...sentences.map(sentence => {
          const item = document.createElement('li');
          item.textContent = sentence;
          return item;
        }));
        cy.layout({ name: 'cose', animate: false, randomize: false }).run();
      }
      page.dataset.connected = String(data.connection.length);
    })
    .catch(showProblem);
}

document.getElementById('expand').addEventListener('click', () => {
  if (chosen && chosen !== state.id && !state.open.includes(chosen)) {
    state.open.push(chosen);
    draw();
  }
});
document.getElementById('recenter').addEventListener('click', () => {
  if (chosen) {
    state.id = chosen;
    state.open = [];
    draw();
  }
});
document.getElementById('undo').addEventListener('click', () => {
  state.open.pop();
  draw();
});
const since = document.getElementById('since');
since.value = state.since;
since.addEventListener('change', () => {
  state.since = since.value;
  draw();
});

legend();
searchBox(document.getElementById('search'), document.getElementById('hits'), hit => {
  state.id = hit.id;
  state.open = [];
  draw();
});
searchBox(document.getElementById('connect'), document.getElementById('connect-hits'), connect);
draw();
