/**
 * The one enhancement script every page loads (budget: 5 KB gzip). Each feature is a small module
 * that finds its elements and does nothing when they are absent; every page works without it.
 */
import { showPassedReviewNotes } from './review-note';

document.documentElement.classList.add('js');
showPassedReviewNotes();
