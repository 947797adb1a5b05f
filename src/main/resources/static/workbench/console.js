import { bookmarkHeader, csrfHeader, keepBookmark } from './graphql.js';

/* GraphiQL on /graphql, with the login session and its CSRF token: what it answers is what this user may see. */

const EXAMPLE = `# 查询控制台：在这里写 GraphQL 查询，按 ▶ 运行。
# 左边栏的书本图标（Docs）列出全部查询和字段；只能看到本账号有权查看的数据。
{
  coverage {
    villages
    pairedVillages
    ratio
  }
}
`;

async function fetcher(parameters) {
  const response = await fetch('/graphql', {
    method: 'POST', credentials: 'same-origin', body: JSON.stringify(parameters),
    headers: Object.assign({ 'Content-Type': 'application/json', 'Accept': 'application/json' }, csrfHeader(),
      bookmarkHeader())
  });
  keepBookmark(response);
  return response.json();
}

ReactDOM.createRoot(document.getElementById('graphiql'))
  .render(React.createElement(GraphiQL, { fetcher, defaultQuery: EXAMPLE, defaultEditorToolsVisibility: false }));
