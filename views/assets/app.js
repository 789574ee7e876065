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
  // Copy buttons beside read-only citations.
  document.querySelectorAll('button[data-copy]').forEach((button) => {
    button.addEventListener('click', async () => {
      const field = document.getElementById(button.dataset.copy);
      if (!field) return;
      try {
        await navigator.clipboard.writeText(field.value);
      } catch {
        field.select();
        document.execCommand('copy');
      }
      button.textContent = 'Copied';
      setTimeout(() => (button.textContent = 'Copy'), 1500);
    });
  });
  document.querySelectorAll('mark.q').forEach((mark) => {
    mark.addEventListener('focus', () => select(mark.dataset.quote));
  });
});
