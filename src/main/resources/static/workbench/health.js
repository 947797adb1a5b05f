import { graphQl, showProblem, row } from './graphql.js';
import { label, labels } from './labels.js';

const page = document.getElementById('health');
const editor = page.dataset.editor === 'true';
const town = document.getElementById('town');
const role = document.getElementById('role');
const category = document.getElementById('category');

const PAGE = 20;

/** A link to a person in the explorer. */
function person(who) {
  const link = document.createElement('a');
  link.href = '/explore?id=' + encodeURIComponent(who.id);
  link.textContent = who.name;
  return link;
}

const LISTS = {
  overdue: {
    query: `query($town: ID, $first: Int, $after: String) { list: overdueFriendships(townCode: $town, first: $first, after: $after) {
      totalCount edges { node { due daysOverdue friendship { since lastContact
        leader { id name } representative { id name } } } } pageInfo { hasNextPage endCursor } } }`,
    variables: () => ({ town: town.value || null }),
    row: node => {
      const friendship = node.friendship;
      const tr = row([person(friendship.leader), person(friendship.representative), friendship.since,
        friendship.lastContact ?? '从未联系', node.due, node.daysOverdue]);
      if (editor) {
        tr.appendChild(recordContactCell(friendship));
      }
      return tr;
    }
  },
  below: {
    query: `query($town: ID, $role: LeaderRole, $first: Int, $after: String) { list: leadersBelowQuota(townCode: $town,
      role: $role, first: $first, after: $after) { totalCount edges { node { quota friends missing
        leader { id name role town { name } } } } pageInfo { hasNextPage endCursor } } }`,
    variables: () => ({ town: town.value || null, role: role.value || null }),
    row: node => row([person(node.leader), label('leaderRole', node.leader.role),
      node.leader.town ? node.leader.town.name : '区级', node.quota, node.friends, node.missing])
  },
  unbefriended: {
    query: `query($town: ID, $category: Category, $first: Int, $after: String) { list: unbefriendedRepresentatives(
      townCode: $town, category: $category, first: $first, after: $after) { totalCount edges { node { id name category
        town { name } } } pageInfo { hasNextPage endCursor } } }`,
    variables: () => ({ town: town.value || null, category: category.value || null }),
    row: node => row([person(node), label('category', node.category), node.town ? node.town.name : '—'])
  }
};

/** Two clicks: 记录联系 shows the kind of contact (a visit by default), 保存 records it as of today. */
function recordContactCell(friendship) {
  const td = document.createElement('td');
  const open = document.createElement('button');
  open.type = 'button';
  open.className = 'record';
  open.textContent = '记录联系';
  open.addEventListener('click', () => {
    const kind = document.createElement('select');
    kind.className = 'contact-kind';
    for (const [value, name] of Object.entries(labels.contactKind)) {
      kind.add(new Option(name, value));
    }
    const save = document.createElement('button');
    save.type = 'button';
    save.className = 'save';
    save.textContent = '保存（' + page.dataset.today + '）';
    save.addEventListener('click', () => {
      save.disabled = true;
      graphQl(`mutation($input: RecordContactInput!) { recordContact(input: $input) { contact { date } problems { message } } }`,
        { input: { leaderId: friendship.leader.id, representativeId: friendship.representative.id, date: page.dataset.today,
          kind: kind.value } })
        .then(data => {
          const problems = data.recordContact.problems;
          if (problems.length > 0) {
            throw new Error(problems.map(problem => problem.message).join('；'));
          }
          load('overdue', null);
        })
        .catch(error => { save.disabled = false; showProblem(error); });
    });
    td.replaceChildren(kind, save);
  });
  td.appendChild(open);
  return td;
}

function load(name, after) {
  const list = LISTS[name];
  const section = document.querySelector('section[data-list="' + name + '"]');
  delete section.dataset.loaded;
  return graphQl(list.query, Object.assign({ first: PAGE, after }, list.variables()))
    .then(data => {
      section.querySelector('.total').textContent = '共 ' + data.list.totalCount + ' 个';
      section.querySelector('tbody').replaceChildren(...data.list.edges.map(edge => list.row(edge.node)));
      const next = section.querySelector('.next');
      next.hidden = !data.list.pageInfo.hasNextPage;
      next.onclick = () => load(name, data.list.pageInfo.endCursor);
      const first = section.querySelector('.first');
      first.hidden = after == null;
      first.onclick = () => load(name, null);
      section.dataset.loaded = 'true';
    })
    .catch(showProblem);
}

function loadAll() {
  Object.keys(LISTS).forEach(name => load(name, null));
}

town.addEventListener('change', loadAll);
role.addEventListener('change', () => load('below', null));
category.addEventListener('change', () => load('unbefriended', null));

graphQl('{ towns { code name } }')
  .then(data => {
    for (const each of data.towns) {
      town.add(new Option(each.name, each.code));
    }
    loadAll();
  })
  .catch(showProblem);
