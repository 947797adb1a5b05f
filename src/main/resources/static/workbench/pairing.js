// Pairing a village with an enterprise from a planner's page (结对规划, 结对地图): one confirmation, one mutation,
// the same words on both pages.
import { graphQl } from './graphql.js';

const PAIR = `mutation Pair($village: ID!, $enterprise: ID!, $since: Date!) {
  pairVillage(villageCode: $village, creditCode: $enterprise, since: $since) { pairing { since } problems { message } }
}`;

/**
 * Asks the planner to confirm, then pairs the village ({code, name}) with the enterprise ({creditCode, name}) from
 * the day given. Resolves true once paired, false when the planner declined; rejects with the ledger's reasons
 * when the pairing was refused.
 */
export function pairVillage(village, enterprise, since) {
  if (!window.confirm('把「' + village.name + '」与「' + enterprise.name + '」结对，自 ' + since + ' 起？')) {
    return Promise.resolve(false);
  }
  return graphQl(PAIR, { village: village.code, enterprise: enterprise.creditCode, since })
    .then(data => {
      const problems = data.pairVillage.problems;
      if (problems.length > 0) {
        throw new Error(problems.map(problem => problem.message).join('；'));
      }
      return true;
    });
}
