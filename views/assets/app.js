// Small enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', () => {
  const errors = document.getElementById('form-errors');
  if (errors) errors.focus();
  // Selecting a quote in the list outlines all of its segments in the text.
  const select = (position) => {
    document.querySelectorAll('mark.q.current').forEach((m) => m.classList.remove('current'));
    document.querySelectorAll(`mark.q[data-quote="${CSS.escape(position)}"]`).forEach((m) => m.classList.add('current'));
  };
  document.querySelectorAll('.quote-item').forEach((item) => {
    item.addEventListener('click', () => select(item.dataset.position));
  });
  document.querySelectorAll('mark.q').forEach((mark) => {
    mark.addEventListener('focus', () => select(mark.dataset.quote));
  });
});
