/**
 * The query parameter on search result links that makes the destination page mark the words
 * searched for. It has a module of its own because the enhancement script every page loads
 * imports it: a module shared with the search page's script would become a second file that
 * every page has to fetch. The search page reads it from its own HTML instead.
 */
export const highlightParam = 'highlight';
