import { bookmarkHeader, csrfHeader, keepBookmark, showProblem, row } from './graphql.js';

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
    headers: Object.assign({ 'Content-Type': 'text/csv', 'Accept': 'application/json' }, csrfHeader(), bookmarkHeader())
  });
  keepBookmark(response);
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

/* The towns' boundaries (administrators only: the page leaves the form out for anyone else, and the service refuses
   them): a GeoJSON file checked whole, then uploaded; the answer is every problem, by feature and town, or the
   towns the file names, counted as the service stored them. */
const boundaryForm = document.getElementById('boundary-form');
if (boundaryForm) {
  const boundaryFile = document.getElementById('boundary-file');
  const section = document.getElementById('boundaries');
  const problem = document.getElementById('boundary-problem');

  const postBoundaries = async dryRun => {
    const response = await fetch('/api/import/boundaries' + (dryRun ? '?dryRun=true' : ''), {
      method: 'POST', credentials: 'same-origin', body: boundaryFile.files[0],
      headers: Object.assign({ 'Content-Type': 'application/geo+json', 'Accept': 'application/json' }, csrfHeader(),
        bookmarkHeader())
    });
    keepBookmark(response);
    return { ok: response.ok, status: response.status, body: await response.json().catch(() => ({})) };
  };

  // the towns the file names, as it names them: the service's report counts them
  const townsNamed = async () => {
    try {
      const features = JSON.parse(await boundaryFile.files[0].text()).features || [];
      return features.map(feature => (feature.properties || {}).code || (feature.properties || {}).town_code)
        .filter(code => code);
    } catch (error) {
      return [];
    }
  };

  const showBoundaries = async (answer, dryRun) => {
    const table = document.getElementById('boundary-problems');
    const counts = document.getElementById('boundary-counts');
    problem.hidden = true;
    table.hidden = true;
    document.getElementById('boundary-report').hidden = false;
    if (answer.ok) {
      const report = answer.body;
      const towns = await townsNamed();
      counts.textContent = (dryRun ? '检查通过（尚未写入）：将新增 ' : '已上传：新增 ') + report.created + ' 个镇的边界，'
        + (dryRun ? '将更新 ' : '更新 ') + report.updated + ' 个，不变 ' + report.unchanged + ' 个'
        + (towns.length > 0 ? '（镇代码 ' + towns.join('、') + '）' : '') + '。';
      section.dataset.report = dryRun ? 'checked' : 'uploaded';
    } else if (Array.isArray(answer.body.problems)) {
      counts.textContent = (answer.body.title || '边界文件未导入') + '：' + answer.body.problems.length
        + ' 处问题，没有导入任何边界。';
      table.querySelector('tbody').replaceChildren(...answer.body.problems.map(refused => row([
        '第 ' + (refused.feature + 1) + ' 个', refused.town || '—', refused.message])));
      table.hidden = false;
      section.dataset.report = 'refused';
    } else {
      throw new Error((answer.body.title ? answer.body.title + '：' : '')
        + (answer.body.detail || 'HTTP ' + answer.status));
    }
  };

  const showBoundaryProblem = error => {
    problem.textContent = error.message || String(error);
    problem.hidden = false;
    section.dataset.report = 'failed';
  };

  boundaryForm.addEventListener('submit', event => {
    event.preventDefault();
    delete section.dataset.report;
    postBoundaries(true).then(answer => showBoundaries(answer, true)).catch(showBoundaryProblem);
  });

  const upload = document.getElementById('boundary-upload');
  upload.addEventListener('click', () => {
    if (!boundaryForm.reportValidity()) {
      return;
    }
    if (window.confirm('上传这个边界文件，替换文件里各镇的边界？')) {
      delete section.dataset.report;
      upload.disabled = true;
      postBoundaries(false).then(answer => showBoundaries(answer, false)).catch(showBoundaryProblem)
        .finally(() => { upload.disabled = false; });
    }
  });
}
