/**
 * The one enhancement script every page loads (budget: 5 KB gzip). Each feature is a small module
 * that finds its elements and does nothing when they are absent; every page works without it.
 */
import { enhanceSectionLinks } from './section-links';
import { highlightCurrentSection } from './toc-highlight';

document.documentElement.classList.add('js');
import './review-note';
enhanceSectionLinks();
highlightCurrentSection();
import './quick-exit';
import './open-now';
// Only the contact directory filters; other pages never download its code.
if (document.querySelector('form[data-contact-filter]')) void import('./contact-filter');
import './search-shortcut';
import './search-highlight';
