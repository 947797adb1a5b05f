import { graphQl, showProblem, percent, row } from './graphql.js';
import { label } from './labels.js';

// The work report (工作报告) of the period and town in the address: every figure of workReport as a sentence in the
// report's own words, each a link to the list behind it. Where a workbench page lists it, the link goes there with
// the same filters; sites, problems, meetings and duty holders are listed here (&list=), read from the API's own
// fields and filtered to the report's rule where those fields allow; where they cannot match the figure, a caption
// says so rather than show another number as the figure's.

const REPORT = `query Report($from: Date, $to: Date, $town: ID) {
  workReport(from: $from, to: $to, townCode: $town) {
    from to towns memberUnits members membersByCategory { category members } membersByTier { tier members }
    representatives befriendedRepresentatives friendships villages pairedVillages pairingCoverage projects
    townCommissionerCoverage villageLiaisonCoverage dutyHolders problemsRaised problemsResolved
    sitesByKind { kind sites } meetings
  }
  towns { code name }
}`;

const SITES = `query Sites($filter: SiteFilter, $after: String) {
  sites(filter: $filter, first: 100, after: $after) {
    edges { node { id name kind level town { name } village { name } establishedOn } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const PROBLEMS = `query Problems($filter: ProblemFilter, $after: String) {
  problems(filter: $filter, first: 200, after: $after) {
    edges { node { id enterprise { name } town { name } raisedOn category title resolvedOn state } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const MEETINGS = `query Meetings($from: Date, $to: Date, $after: String) {
  meetings(from: $from, to: $to, first: 200, after: $after) {
    edges { node { date body topic } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const RANKING = `query Ranking($year: Int!) {
  towns: dutyRanking(year: $year, kind: TOWN, first: 500) { ...standing }
  units: dutyRanking(year: $year, kind: UNIT, first: 500) { ...standing }
}
fragment standing on DutyStanding {
  rank holder { kind code name } items weight score rate remindersOutstanding rectificationsOutstanding
}`;

/** The most pages a list reads from the API (1000 rows or more): a district's period has a few hundred at most. */
const PAGES = 10;

/** How many rows the list shows at a time. */
const SHOWN = 50;

const page = document.getElementById('report');
const from = page.dataset.from;
const to = page.dataset.to;
const town = page.dataset.town || null;
const district = page.dataset.district === 'true';
const address = new URLSearchParams(location.search);

/** The report's own address with more parameters: the same period and town. */
function reportHref(extra) {
  const query = new URLSearchParams({ from, to });
  if (town) {
    query.set('town', town);
  }
  for (const [name, value] of Object.entries(extra)) {
    query.set(name, value);
  }
  return '/report?' + query.toString();
}

function link(href, text, figure) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  if (figure) {
    a.dataset.figure = figure;
  }
  return a;
}

/** A sentence of text and links, as an item of a list. */
function sentence(list, name, ...parts) {
  const item = document.createElement('li');
  item.dataset.figure = name;
  item.append(...parts);
  list.appendChild(item);
  return item;
}

function membersHref(extra) {
  const query = new URLSearchParams({ asOf: to });
  if (town) {
    query.set('townCode', town);
  }
  for (const [name, value] of Object.entries(extra)) {
    query.set(name, value);
  }
  return '/members?' + query.toString();
}

/** A ratio as the report writes it: 94.7%, and 100% rather than 100.0%. */
function rate(ratio) {
  return percent(ratio).replace(/\.0%$/, '%');
}

/** The site kinds as the report names them (whether a site meets the six 六有 is not part of the figure). */
function siteWords(kind) {
  switch (kind) {
    case 'SECRETARY_DEMONSTRATION_POINT': return '建立各级书记统战示范点';
    case 'BRAND_ROOM': return '建设特色阵地（同心荟、亲清会客室等）';
    default: return '建立' + label('siteKind', kind);
  }
}

function showReport(report, scope) {
  const today = page.dataset.today;
  const members = document.getElementById('members-sentences');
  sentence(members, 'members', scope + '共有统战成员', link(membersHref({}), report.members + '人', 'members'),
    '（' + report.to + '在册）');
  for (const each of report.membersByCategory) {
    sentence(members, 'category-' + each.category, '其中' + label('category', each.category),
      link(membersHref({ category: each.category }), each.members + '人', 'category-' + each.category));
  }
  for (const each of report.membersByTier) {
    sentence(members, 'tier-' + each.tier, '分级管理：' + label('memberTier', each.tier),
      link(membersHref({ tier: each.tier }), each.members + '人', 'tier-' + each.tier));
  }

  const people = document.getElementById('people-sentences');
  const staffing = '/staffing' + (town ? '?town=' + encodeURIComponent(town) : '');
  const coverage = town ? '/coverage/towns/' + encodeURIComponent(town) : '/coverage';
  sentence(people, 'townCommissionerCoverage', '镇统战委员配备率',
    link(staffing, rate(report.townCommissionerCoverage), 'townCommissionerCoverage'));
  sentence(people, 'villageLiaisonCoverage', '村（社区）统战联络员配备率',
    link(staffing, rate(report.villageLiaisonCoverage), 'villageLiaisonCoverage'));
  sentence(people, 'representatives', '党外代表人士' + report.representatives + '人，与领导干部结对交友的',
    link('/health', report.befriendedRepresentatives + '人', 'befriendedRepresentatives'),
    '，结对交友' + report.friendships + '对');
  sentence(people, 'pairingCoverage', '“万企兴万村”：村（社区）' + report.villages + '个，已结对' + report.pairedVillages
    + '个，结对覆盖率', link(coverage, rate(report.pairingCoverage), 'pairingCoverage'));
  sentence(people, 'projects', '实施村企共建项目', link(coverage, report.projects + '个', 'projects'));
  if (to !== today) {
    sentence(people, 'today-note', '（配备率、交友和结对的页面显示的是今天（' + today + '）的情况，报告的数字是 ' + to
      + ' 的。）').classList.add('note');
  }

  const sites = document.getElementById('site-sentences');
  for (const each of report.sitesByKind) {
    sentence(sites, 'sites-' + each.kind, siteWords(each.kind),
      link(reportHref({ list: 'sites', kind: each.kind }), each.sites + '个', 'sites-' + each.kind));
  }

  const work = document.getElementById('work-sentences');
  sentence(work, 'towns', scope + '共有镇（街道）' + report.towns + '个、成员单位' + report.memberUnits + '个，其中',
    link(reportHref({ list: 'duties' }), report.dutyHolders + '个', 'dutyHolders'),
    '制定了' + to.substring(0, 4) + '年度职责清单');
  sentence(work, 'problems', '受理民营企业问题',
    link(reportHref({ list: 'problems-raised' }), report.problemsRaised + '个', 'problemsRaised'),
    '，解决', link(reportHref({ list: 'problems-resolved' }), report.problemsResolved + '个', 'problemsResolved'));
  sentence(work, 'meetings', '召开区委常委会、领导小组会议',
    link(reportHref({ list: 'meetings' }), report.meetings + '次', 'meetings'));
}

/** Every page of a connection, at most PAGES of them; answers the nodes and whether more were left. */
async function allPages(query, variables, field) {
  const nodes = [];
  let after = null;
  for (let read = 0; read < PAGES; read++) {
    const connection = (await graphQl(query, Object.assign({}, variables, { after })))[field];
    nodes.push(...connection.edges.map(edge => edge.node));
    if (!connection.pageInfo.hasNextPage) {
      return { nodes, cut: false };
    }
    after = connection.pageInfo.endCursor;
  }
  return { nodes, cut: true };
}

const within = day => day != null && from <= day && day <= to;

/** Each list the report opens: its title, header, rows, the figure it stands behind, and what it cannot match. */
const LISTS = {
  async sites(report) {
    const kind = address.get('kind');
    const read = await allPages(SITES, { filter: { kind, townCode: town } }, 'sites');
    const sites = read.nodes.filter(site => site.establishedOn <= to);
    return {
      title: label('siteKind', kind) + '（' + to + '前设立）',
      header: ['编号', '名称', '级别', '镇（街道）', '村（社区）', '设立日期'],
      rows: sites.map(site => [site.id, site.name, label('siteLevel', site.level), site.town ? site.town.name : '区级',
        site.village ? site.village.name : '—', site.establishedOn]),
      figure: (report.sitesByKind.find(each => each.kind === kind) || { sites: 0 }).sites,
      cut: read.cut
    };
  },
  async 'problems-raised'(report) {
    return problems(report, '期内受理的民营企业问题', problem => within(problem.raisedOn), report.problemsRaised);
  },
  async 'problems-resolved'(report) {
    return problems(report, '期内解决的民营企业问题', problem => within(problem.resolvedOn), report.problemsResolved);
  },
  async meetings(report) {
    const caption = '区委常委会、领导小组会议（' + from + '至' + to + '）';
    if (town || !district) {
      return { title: caption, header: ['日期', '会议', '议题'], rows: [], figure: report.meetings, cut: false,
        note: '会议是全区的，不计入镇（街道）的份额。' };
    }
    const read = await allPages(MEETINGS, { from, to }, 'meetings');
    return {
      title: caption, header: ['日期', '会议', '议题'],
      rows: read.nodes.map(meeting => [meeting.date, label('meetingBody', meeting.body), meeting.topic]),
      figure: report.meetings, cut: read.cut
    };
  },
  async duties(report) {
    const year = Number(to.substring(0, 4));
    const ranking = await graphQl(RANKING, { year });
    let standings = ranking.towns.concat(ranking.units);
    let note = null;
    if (town) {
      standings = ranking.towns.filter(standing => standing.holder.code === town);
      note = '按镇查看时只列该镇（街道）本身：职责清单的排名不给出成员单位所在的镇，报告的数字含该镇的成员单位。';
    } else if (!district) {
      note = '镇（街道）的账号看不到成员单位的职责清单（由区里督查），报告的数字含您负责的镇的成员单位。';
    }
    return {
      title: year + '年度有职责清单的镇（街道）和成员单位',
      header: ['名次', '类型', '名称', '事项', '得分/分值', '得分率', '待回复的提醒', '待完成的整改'],
      rows: standings.map(standing => [standing.rank, label('dutyHolderKind', standing.holder.kind), standing.holder.name,
        standing.items, standing.score + '/' + standing.weight, percent(standing.rate), standing.remindersOutstanding,
        standing.rectificationsOutstanding]),
      figure: report.dutyHolders, cut: false, note
    };
  }
};

async function problems(report, title, counted, figure) {
  const read = await allPages(PROBLEMS, { filter: { townCode: town } }, 'problems');
  const chosen = read.nodes.filter(counted).sort((a, b) => a.raisedOn.localeCompare(b.raisedOn) || a.id.localeCompare(b.id));
  return {
    title: title + '（' + from + '至' + to + '）',
    header: ['编号', '企业', '镇（街道）', '类别', '问题', '受理日期', '解决日期', '现状'],
    rows: chosen.map(problem => [problem.id, problem.enterprise ? problem.enterprise.name : '—',
      problem.town ? problem.town.name : '—', label('problemCategory', problem.category), problem.title, problem.raisedOn,
      problem.resolvedOn ?? '', label('problemState', problem.state)]),
    figure, cut: read.cut,
    mismatch: '问题看板只列有所在镇的企业的问题。'
  };
}

async function showList(report) {
  const name = address.get('list');
  const open = LISTS[name];
  if (!open) {
    return;
  }
  const section = document.getElementById('list');
  section.hidden = false;
  section.dataset.list = name;
  const list = await open(report);
  document.getElementById('list-title').textContent = list.title;
  const captions = ['共 ' + list.rows.length + ' 项。'];
  if (list.note) {
    captions.push(list.note);
  }
  if (list.cut) {
    captions.push('名单太长，只读取了前 ' + PAGES + ' 页；完整的名单请下载 XLSX。');
  }
  if (list.rows.length !== list.figure && !list.note) {
    captions.push('与报告的数字 ' + list.figure + ' 不同：此处按现有的查询列出。' + (list.mismatch || ''));
  }
  document.getElementById('list-caption').textContent = captions.join(' ');
  const head = document.createElement('tr');
  for (const text of list.header) {
    const th = document.createElement('th');
    th.textContent = text;
    head.appendChild(th);
  }
  document.querySelector('#list-table thead').replaceChildren(head);
  const body = document.querySelector('#list-table tbody');
  const more = document.getElementById('list-more');
  let shown = 0;
  const showMore = () => {
    body.append(...list.rows.slice(shown, shown + SHOWN).map(cells => row(cells)));
    shown = Math.min(list.rows.length, shown + SHOWN);
    more.hidden = shown >= list.rows.length;
  };
  more.addEventListener('click', showMore);
  showMore();
  section.dataset.loaded = 'true';
}

function downloads() {
  for (const format of ['xlsx', 'csv']) {
    const query = new URLSearchParams({ from, to, format });
    if (town) {
      query.set('townCode', town);
    }
    document.getElementById('download-' + format).href = '/api/export/work-report?' + query.toString();
  }
}

document.getElementById('print').addEventListener('click', () => window.print());
downloads();
graphQl(REPORT, { from, to, town })
  .then(data => {
    const select = document.getElementById('town');
    for (const each of data.towns) {
      select.add(new Option(each.name, each.code));
    }
    select.value = town || '';
    const names = data.towns.map(each => each.name);
    const scope = town ? (data.towns.find(each => each.code === town) || { name: town }).name
      : (district ? '全区' : names.join('、'));
    const report = data.workReport;
    document.getElementById('title').textContent = scope + '统一战线工作报告（' + report.from + '至' + report.to + '）';
    document.title = document.getElementById('title').textContent + ' · 同心图谱';
    document.getElementById('period').textContent = '统计期间：' + report.from + '至' + report.to
      + '；人数、阵地等存量为 ' + report.to + ' 的数字，问题和会议为期间内的数字。';
    showReport(report, scope);
    page.dataset.loaded = 'true';
    return showList(report);
  })
  .catch(showProblem);
