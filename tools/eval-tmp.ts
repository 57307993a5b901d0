import { siteSearch, readQuerySet, rankQueries, queryRates } from './built-site/search-in-node';
const file = process.argv[2];
const search = await siteSearch(process.env.DIST ?? 'dist');
const outcomes = await rankQueries(search, readQuerySet(file));
for (const o of outcomes)
  if (o.rank !== 1) console.log(`${o.rank} ${o.class} "${o.query}" want ${o.page} got ${o.firstScreen.slice(0, 3).join(' ')}`);
console.log(queryRates(outcomes), outcomes.length);
process.exit(0);
