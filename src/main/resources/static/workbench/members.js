import { graphQl, showProblem, row } from './graphql.js';
import { label, labels } from './labels.js';

// The member ledger: a page of members(filter) at a time, a member's card with their history, and for an editor
// one adjustment (updateMember). The filters are kept in the address, so that a link (the dashboard's) opens the
// same list; the roster's download takes the same filters.

const page = document.getElementById('members');
const filters = document.getElementById('filters');
const adjust = document.getElementById('adjust');
const PAGE = 20;

const LIST = `query Members($filter: MemberFilter, $first: Int, $after: String) {
  members(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { node { id name category tier town { name } village { name } unit { name } representative { id } joinedOn leftOn } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const CARD = `query Member($id: ID!) {
  member(id: $id) { id name gender birthYear ethnicity category tier town { code name } village { code name }
    unit { code name } representative { id name } joinedOn leftOn phone workplace
    changes { on field before after } }
}`;

const UPDATE = `mutation Adjust($input: UpdateMemberInput!) {
  updateMember(input: $input) { member { id } problems { field message } }
}`;

/** The towns' names by code, for the list and the history (which keeps codes). */
const townNames = {};

function options(select, values, names) {
  for (const value of values) {
    select.add(new Option(names[value] ?? value, value));
  }
}

/** The villages of a town into a select, keeping its first (empty) option; chooses `chosen` when it is one. */
function villagesInto(select, townCode, chosen) {
  select.length = 1;
  if (!townCode) {
    select.value = '';
    return Promise.resolve();
  }
  return graphQl('query($code: ID!) { town(code: $code) { villages { code name } } }', { code: townCode })
    .then(data => {
      for (const village of (data.town ? data.town.villages : [])) {
        select.add(new Option(village.name, village.code));
      }
      select.value = chosen || '';
    });
}

/** The filters as members(filter:) takes them: what is not chosen is left out. */
function filter() {
  const form = new FormData(filters);
  const chosen = {};
  for (const [name, value] of form.entries()) {
    const text = String(value).trim();
    if (text !== '') {
      chosen[name] = (name === 'representative') ? text === 'true' : text;
    }
  }
  return chosen;
}

/** The address and the roster's link follow the filters (and the open card). */
function remember(chosen) {
  const query = new URLSearchParams(Object.entries(chosen).map(([name, value]) => [name, String(value)]));
  document.getElementById('roster-xlsx').href = '/api/export/members?' + new URLSearchParams(
    [...query.entries(), ['format', 'xlsx']]).toString();
  if (page.dataset.member) {
    query.set('member', page.dataset.member);
  }
  const search = query.toString();
  history.replaceState(null, '', search ? '?' + search : location.pathname);
}

/** The last list asked for: an answer to an earlier one (typing is quicker than the server) is dropped. */
let asked = 0;

function load(after) {
  delete page.dataset.loaded;
  const chosen = filter();
  remember(chosen);
  const mine = ++asked;
  return graphQl(LIST, { filter: chosen, first: PAGE, after })
    .then(data => {
      if (mine !== asked) {
        return;
      }
      const members = data.members;
      document.getElementById('total').textContent = members.totalCount;
      document.querySelector('#list tbody').replaceChildren(...members.edges.map(edge => listRow(edge.node)));
      const next = document.getElementById('next');
      next.hidden = !members.pageInfo.hasNextPage;
      next.onclick = () => load(members.pageInfo.endCursor);
      const first = document.getElementById('first');
      first.hidden = after == null;
      first.onclick = () => load(null);
      page.dataset.loaded = 'true';
    })
    .catch(showProblem);
}

function listRow(member) {
  const open = document.createElement('a');
  open.href = '#card';
  open.className = 'open';
  open.textContent = member.name;
  open.addEventListener('click', event => { event.preventDefault(); openCard(member.id); });
  const tr = row([member.id, open, label('category', member.category), label('memberTier', member.tier),
    member.town ? member.town.name : '—', member.village ? member.village.name : '—',
    member.unit ? member.unit.name : '—', member.representative ? '是' : '否', member.joinedOn, member.leftOn ?? '']);
  tr.dataset.member = member.id;
  return tr;
}

/** A value of the history as a clerk reads it: a category's or tier's name, a town's name, else the code or date. */
function changed(field, value) {
  if (value == null) {
    return '（无）';
  }
  switch (field) {
    case 'CATEGORY': return label('category', value);
    case 'TIER': return label('memberTier', value);
    case 'TOWN': return townNames[value] ?? value;
    default: return value;
  }
}

function detail(list, term, value) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = (value == null || value === '') ? '—' : value;
  list.append(dt, dd);
}

function openCard(id) {
  const card = document.getElementById('card');
  delete card.dataset.loaded;
  return graphQl(CARD, { id })
    .then(data => {
      const member = data.member;
      if (!member) {
        throw new Error('没有这个成员，或不在您负责的镇');
      }
      page.dataset.member = member.id;
      remember(filter());
      document.getElementById('card-name').textContent = member.name;
      document.getElementById('card-id').textContent = member.id;
      const details = document.getElementById('card-details');
      details.replaceChildren();
      detail(details, '性别', member.gender ? label('gender', member.gender) : null);
      detail(details, '出生年份', member.birthYear);
      detail(details, '民族', member.ethnicity);
      detail(details, '类别', label('category', member.category));
      detail(details, '分级', label('memberTier', member.tier));
      detail(details, '镇（街道）', member.town ? member.town.name : null);
      detail(details, '村（社区）', member.village ? member.village.name : null);
      detail(details, '成员单位', member.unit ? member.unit.name + '（' + member.unit.code + '）' : null);
      detail(details, '代表人士', member.representative ? member.representative.name + '（' + member.representative.id + '）' : '否');
      detail(details, '加入日期', member.joinedOn);
      detail(details, '退出日期', member.leftOn);
      detail(details, '联系电话', member.phone);
      detail(details, '工作单位', member.workplace);
      document.querySelector('#changes tbody').replaceChildren(...member.changes.map(change => row([change.on,
        label('memberField', change.field), changed(change.field, change.before), changed(change.field, change.after)])));
      card.dataset.member = member.id;
      card.hidden = false;
      return adjust ? fillAdjustment(member) : null;
    })
    .then(() => { card.dataset.loaded = 'true'; })
    .catch(showProblem);
}

/** The form starts from the member as stored: what the editor leaves alone is sent as it was. */
function fillAdjustment(member) {
  clearProblems();
  document.getElementById('adjust-saved').hidden = true;
  adjust.elements.on.value = page.dataset.today;
  adjust.elements.category.value = member.category;
  adjust.elements.tier.value = member.tier;
  adjust.elements.townCode.value = member.town ? member.town.code : '';
  adjust.elements.unitCode.value = member.unit ? member.unit.code : '';
  adjust.elements.leftOn.value = member.leftOn ?? '';
  return villagesInto(adjust.elements.villageCode, adjust.elements.townCode.value,
    member.village ? member.village.code : '');
}

function clearProblems() {
  const list = document.getElementById('adjust-problems');
  list.replaceChildren();
  list.hidden = true;
  for (const element of adjust.elements) {
    element.removeAttribute('aria-invalid');
  }
}

/** Each refusal names the form's field: the field is marked, and the reason listed under its own name. */
function showRefusals(problems) {
  const list = document.getElementById('adjust-problems');
  for (const problem of problems) {
    const field = problem.field ? adjust.elements[problem.field] : null;
    const item = document.createElement('li');
    item.dataset.field = problem.field ?? '';
    const name = (field && field.closest('label')) ? field.closest('label').firstChild.textContent.trim() : problem.field;
    item.textContent = (name ? name + '：' : '') + problem.message;
    list.appendChild(item);
    if (field) {
      field.setAttribute('aria-invalid', 'true');
    }
  }
  list.hidden = false;
  const first = adjust.querySelector('[aria-invalid=true]');
  if (first) {
    first.focus();
  }
}

function save(event) {
  event.preventDefault();
  clearProblems();
  adjust.dataset.state = 'saving';
  const fields = adjust.elements;
  const input = {
    id: page.dataset.member, on: fields.on.value || null, category: fields.category.value, tier: fields.tier.value,
    townCode: fields.townCode.value || null, villageCode: fields.villageCode.value || null,
    unitCode: fields.unitCode.value.trim() || null, leftOn: fields.leftOn.value || null
  };
  graphQl(UPDATE, { input })
    .then(data => {
      const problems = data.updateMember.problems;
      if (problems.length > 0) {
        showRefusals(problems);
        adjust.dataset.state = 'refused';
        return null;
      }
      return Promise.all([openCard(input.id), load(null)]).then(() => {
        document.getElementById('adjust-saved').hidden = false;
        adjust.dataset.state = 'saved';
      });
    })
    .catch(error => { adjust.dataset.state = 'refused'; showProblem(error); });
}

function start() {
  const address = new URLSearchParams(location.search);
  options(filters.elements.category, Object.keys(labels.category || {}), labels.category || {});
  options(filters.elements.tier, Object.keys(labels.memberTier || {}), labels.memberTier || {});
  if (adjust) {
    options(adjust.elements.category, Object.keys(labels.category || {}), labels.category || {});
    options(adjust.elements.tier, Object.keys(labels.memberTier || {}), labels.memberTier || {});
    adjust.elements.townCode.addEventListener('change',
      () => villagesInto(adjust.elements.villageCode, adjust.elements.townCode.value, '').catch(showProblem));
    adjust.addEventListener('submit', save);
  }
  graphQl('{ towns { code name } }')
    .then(data => {
      for (const town of data.towns) {
        townNames[town.code] = town.name;
        filters.elements.townCode.add(new Option(town.name, town.code));
        if (adjust) {
          adjust.elements.townCode.add(new Option(town.name, town.code));
        }
      }
      for (const name of ['category', 'tier', 'townCode', 'unitCode', 'representative', 'asOf', 'name']) {
        if (address.has(name)) {
          filters.elements[name].value = address.get(name);
        }
      }
      return villagesInto(filters.elements.villageCode, filters.elements.townCode.value, address.get('villageCode'));
    })
    .then(() => {
      filters.addEventListener('change', event => {
        if (event.target.name === 'townCode') {
          villagesInto(filters.elements.villageCode, filters.elements.townCode.value, '')
            .then(() => load(null)).catch(showProblem);
        } else {
          load(null);
        }
      });
      // the name as it is typed, once the typing pauses
      let typing = null;
      filters.elements.name.addEventListener('input', () => {
        clearTimeout(typing);
        typing = setTimeout(() => load(null), 300);
      });
      filters.addEventListener('submit', event => { event.preventDefault(); load(null); });
      load(null);
      if (address.has('member')) {
        openCard(address.get('member'));
      }
    })
    .catch(showProblem);
}

start();
