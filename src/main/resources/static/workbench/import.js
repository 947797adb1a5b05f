import { csrfHeader, showProblem, row } from './graphql.js';

const form = document.getElementById('ledger');
const kind = document.getElementById('kind');
const file = document.getElementById('file');
const commit = document.getElementById('commit');
const coordinates = document.getElementById('coordinates');

/**
 * Posts the chosen file to the import, checking only when dryRun; answers its report. Coordinates read off a
 * Chinese web map (GCJ-02) are named, so that the import takes them back to WGS-84.
 */
async function post(dryRun) {
  const query = new URLSearchParams();
  if (dryRun) {
    query.set('dryRun', 'true');
  }
  if (coordinates.value !== 'wgs84') {
    query.set('coordinates', coordinates.value);
  }
  const response = await fetch('/api/import/' + encodeURIComponent(kind.value) + (query.toString() ? '?' + query : ''), {
    method: 'POST', credentials: 'same-origin', body: file.files[0],
    headers: Object.assign({ 'Content-Type': 'text/csv', 'Accept': 'application/json' }, csrfHeader())
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error((body.title ? body.title + '：' : '') + (body.detail || 'HTTP ' + response.status));
  }
  return body;
}

function showReport(report) {
  document.getElementById('problem').hidden = true;
  document.getElementById('report').hidden = false;
  document.getElementById('report-title').textContent = report.dryRun
    ? '检查结果（尚未写入）' : '已导入';
  document.getElementById('counts').textContent = (report.dryRun ? '将新增 ' : '新增 ') + report.created
    + ' 条，' + (report.dryRun ? '将更新 ' : '更新 ') + report.updated + ' 条，不变 ' + report.unchanged
    + ' 条，有问题 ' + report.rejected.length + ' 行' + (report.rejected.length > 0 ? '（这些行不会导入）' : '') + '。';
  const table = document.getElementById('rejected');
  const body = table.querySelector('tbody');
  body.replaceChildren(...report.rejected.map(rejected => row([rejected.line, rejected.message])));
  table.hidden = report.rejected.length === 0;
  commit.hidden = !report.dryRun || report.created + report.updated === 0;
  document.getElementById('import').dataset.report = report.dryRun ? 'checked' : 'imported';
}

form.addEventListener('submit', event => {
  event.preventDefault();
  post(true).then(showReport).catch(showProblem);
});

commit.addEventListener('click', () => {
  if (window.confirm('确认把「' + kind.options[kind.selectedIndex].text + '」的这个文件写入图谱？')) {
    commit.disabled = true;
    post(false).then(showReport).catch(showProblem).finally(() => { commit.disabled = false; });
  }
});

// A new file or kind needs a new check before it can be imported.
for (const input of [kind, file, coordinates]) {
  input.addEventListener('change', () => { commit.hidden = true; });
}
