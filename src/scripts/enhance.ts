/**
 * The enhancement script every page loads (budget: 5 KB gzip): what every page has (the quick
 * exit and the guide's history rule, which must be in place before a reader's first tap, the print
 * date, the search shortcut). A feature only some pages have is loaded by the component that draws
 * it (the contents list, citations, opening hours, the contact directory's filters), so a page
 * downloads only the code for what it shows. Every page works without any of it.
 */
document.documentElement.classList.add('js');
import './review-note';
import './quick-exit';
import './print-date';
import './guide-history';
import './search-shortcut';
import './search-highlight';
