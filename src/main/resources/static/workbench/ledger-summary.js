import { graphQl, showProblem, percent, row } from './graphql.js';
import { label } from './labels.js';

// The dashboard's part on the wider ledger: today's members by category and tier (each a link to the member ledger
// so filtered, in the ledger today), and the staff in post (统战委员, 统战联络员) per town, with links to the villages without a liaison.
// Its own script, so that the coverage figures and these load and fail apart.

const SUMMARY = `query LedgerSummary {
  workReport { to members membersByCategory { category members } membersByTier { tier members }
               townCommissionerCoverage villageLiaisonCoverage }
  staffCoverage { town { code name } commissioners { name } villages villagesWithLiaison }
  villagesWithoutLiaison(first: 1) { totalCount }
}`;

function link(href, text) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

/** A bar per category in the schema's order, all eleven (zeros included), as long as its share of the members. */
function showCategories(total, byCategory, day) {
  const list = document.getElementById('by-category');
  for (const each of byCategory) {
    const item = document.createElement('li');
    const bar = link('/members?category=' + encodeURIComponent(each.category) + '&asOf=' + day, '');
    bar.className = 'bar-row';
    bar.dataset.category = each.category;
    const name = document.createElement('span');
    name.className = 'bar-name';
    name.textContent = label('category', each.category);
    const track = document.createElement('span');
    track.className = 'bar-track';
    const fill = document.createElement('span');
    fill.className = 'bar';
    fill.style.width = (total > 0 ? each.members / total * 100 : 0) + '%';
    track.appendChild(fill);
    const figure = document.createElement('span');
    figure.className = 'bar-figure';
    figure.textContent = each.members + ' 人';
    bar.append(name, track, figure);
    item.appendChild(bar);
    list.appendChild(item);
  }
}

function showTiers(byTier, day) {
  document.querySelector('#by-tier tbody').replaceChildren(...byTier.map(each => row([
    link('/members?tier=' + encodeURIComponent(each.tier) + '&asOf=' + day, label('memberTier', each.tier)),
    each.members])));
}

/** Per town: its commissioners (a gap when none) and its villages with and without a liaison. */
function showStaffing(towns) {
  document.querySelector('#staff-by-town tbody').replaceChildren(...towns.map(town => {
    const missing = town.villages - town.villagesWithLiaison;
    const commissioners = town.commissioners.length > 0 ? town.commissioners.map(who => who.name).join('、') : '缺';
    const tr = row([town.town.name, commissioners, town.villages, town.villagesWithLiaison,
      missing > 0 ? link('/staffing?town=' + encodeURIComponent(town.town.code), String(missing)) : '0']);
    tr.dataset.town = town.town.code;
    tr.children[1].classList.toggle('gap', town.commissioners.length === 0);
    tr.children[4].classList.toggle('gap', missing > 0);
    return tr;
  }));
}

graphQl(SUMMARY, {})
  .then(data => {
    const report = data.workReport;
    document.getElementById('members-total').textContent = report.members;
    document.getElementById('commissioner-coverage').textContent = percent(report.townCommissionerCoverage);
    document.getElementById('liaison-coverage').textContent = percent(report.villageLiaisonCoverage);
    document.getElementById('liaison-gaps').textContent = data.villagesWithoutLiaison.totalCount;
    // the ledger's page on the report's day (the district's today): members who have left are not counted here
    showCategories(report.members, report.membersByCategory, report.to);
    showTiers(report.membersByTier, report.to);
    showStaffing(data.staffCoverage);
    document.getElementById('ledger').dataset.loaded = 'true';
  })
  .catch(showProblem);
