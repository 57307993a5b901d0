/**
 * A static page is built once but read for months: when a page's review date passes after the
 * build, show the "being reviewed" note the build rendered hidden. Without JavaScript the note
 * appears from the next build on.
 */
function showPassedReviewNotes(now: Date = new Date()): void {
  // The reader's own calendar day, as YYYY-MM-DD, compared with the page's review date.
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  for (const note of document.querySelectorAll<HTMLElement>('[data-review-due]')) {
    if ((note.dataset['reviewDue'] ?? '9999') < today) note.hidden = false;
  }
}

showPassedReviewNotes();
