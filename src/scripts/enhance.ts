/**
 * The one enhancement script every page loads (budget: 5 KB gzip). Each feature is a small module
 * that finds its elements and does nothing when they are absent; every page works without it.
 */
document.documentElement.classList.add('js');
import './review-note';
import './search-shortcut';
import './search-highlight';
