/* What every page's script shares: asking /graphql, showing a problem, and a few ways of writing figures. */

/**
 * Asks /graphql with the login form's session and its CSRF token. Answers the data, or throws the first error's
 * message, which the API words for the user. A lapsed session goes back to the login page.
 */
export async function graphQl(query, variables) {
  const headers = Object.assign({ 'Content-Type': 'application/json', 'Accept': 'application/json' }, csrfHeader(),
    bookmarkHeader());
  const response = await fetch('/graphql', {
    method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify({ query, variables: variables || {} })
  });
  keepBookmark(response);
  if (response.status === 401 || response.redirected) {
    window.location.assign('/login');
    throw new Error('请重新登录');
  }
  if (!response.ok) {
    throw new Error('服务器未能回答（HTTP ' + response.status + '）');
  }
  const body = await response.json();
  if (body.errors && body.errors.length > 0) {
    throw new Error(body.errors[0].message);
  }
  return body.data;
}

/** The CSRF token of the login session, as the header the server wants it in. */
export function csrfHeader() {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  return (token && header) ? { [header.content]: token.content } : {};
}

const BOOKMARK = 'tongxin-bookmark';

/**
 * The bookmark of this tab's last write, as the header that has the next request wait for it: with several
 * instances behind the load balancer, a read that follows a write sees it whichever instance answers
 * (docs/operations.md, several instances). Kept per tab, as long as the tab lives.
 */
export function bookmarkHeader() {
  const bookmark = window.sessionStorage.getItem(BOOKMARK);
  return bookmark ? { 'Tongxin-Bookmark': bookmark } : {};
}

/** Keeps the bookmark a write answered (the last write's follows the earlier); forgets one the server refused. */
export function keepBookmark(response) {
  if (response.headers.has('Tongxin-Bookmark-Refused')) {
    window.sessionStorage.removeItem(BOOKMARK);
  }
  const bookmark = response.headers.get('Tongxin-Bookmark');
  if (bookmark) {
    window.sessionStorage.setItem(BOOKMARK, bookmark);
  }
}

/** Shows a problem in the page's problem line. */
export function showProblem(error) {
  const line = document.getElementById('problem');
  line.textContent = error.message || String(error);
  line.hidden = false;
}

/** A percentage to one decimal, as the department writes it: 94.7%. */
export function percent(ratio) {
  return (ratio * 100).toFixed(1) + '%';
}

/** A table row of plain text cells; the cells are set as text, never as HTML. */
export function row(cells) {
  const tr = document.createElement('tr');
  for (const cell of cells) {
    const td = document.createElement('td');
    if (cell instanceof Node) {
      td.appendChild(cell);
    } else {
      td.textContent = cell;
    }
    tr.appendChild(td);
  }
  return tr;
}
