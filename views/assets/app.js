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
  // Review queue: j/k move between items; the other keys act on the focused item.
  const queue = document.querySelector('[data-review-queue]');
  if (queue) {
    const items = () => Array.from(queue.querySelectorAll('.review-item'));
    const current = () => items().find((i) => i.contains(document.activeElement)) || null;
    const move = (step) => {
      const all = items();
      if (all.length === 0) return;
      const at = all.indexOf(current());
      const next = all[Math.min(all.length - 1, Math.max(0, at === -1 ? 0 : at + step))];
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
    };
    // An action on an item brings the page back without it: focus then goes to the item that took
    // its place (the one after it), not to the top, so j j c c works down the queue.
    // (the page loaded right after the action is the queue it was sent from: the address may differ
    // by the notice and the filters' defaults, so only the path is compared)
    const here = () => location.pathname;
    queue.addEventListener('submit', (e) => {
      const at = items().findIndex((i) => i.contains(e.target));
      if (at !== -1) sessionStorage.setItem('review-at', JSON.stringify({ page: here(), at }));
    });
    const saved = JSON.parse(sessionStorage.getItem('review-at') || 'null');
    sessionStorage.removeItem('review-at');
    if (!document.getElementById('form-errors')) {
      const all = items();
      if (saved && saved.page === here() && all.length > 0) {
        const next = all[Math.min(saved.at, all.length - 1)];
        next.focus();
        next.scrollIntoView({ block: 'nearest' });
      } else move(0);
    }
    document.addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target;
      if (t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) {
        // Escape leaves any field: one in an item goes back to its item, a filter field (outlet,
        // speaker, topic) just lets go of the focus, so j/k/c work again without the mouse
        if (e.key === 'Escape') {
          const item = current();
          if (item) item.focus();
          else t.blur();
        }
        return;
      }
      if (e.key === 'j') return move(1);
      if (e.key === 'k') return move(-1);
      const item = current();
      const target = item && item.querySelector(`[data-key="${CSS.escape(e.key)}"]`);
      if (!target) return;
      e.preventDefault();
      if (target.tagName === 'INPUT') target.focus();
      else if (target.tagName === 'SUMMARY') {
        target.parentElement.open = true;
        target.parentElement.querySelector('textarea')?.focus();
      } else target.click();
    });
  }
  // The paste form: a text over the limits is stopped here, with how far over, rather than sent and refused whole.
  // Without this script the textarea's maxlength holds the characters.
  const pasted = document.querySelector('textarea[data-max-bytes]');
  if (pasted) {
    const form = pasted.form;
    const maxChars = Number(pasted.getAttribute('maxlength'));
    const maxBytes = Number(pasted.dataset.maxBytes);
    const status = document.getElementById('f-text-size');
    // maxlength would cut a long paste silently: the check below says so instead
    pasted.removeAttribute('maxlength');
    const number = (n) => n.toLocaleString('en');
    const size = (n) => (n >= 1048576 ? `${(n / 1048576).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(n / 1024)} KB`);
    const problem = () => {
      if (pasted.value.length > maxChars) {
        return `The text is ${number(pasted.value.length)} characters; an article can have at most ${number(maxChars)}. Shorten it, import it as a file under Imports, or give only its address.`;
      }
      // the body the browser will send: the form URL-encoded, its line breaks as CR LF
      const bytes = new URLSearchParams(new FormData(form)).toString().length + (pasted.value.match(/\n/g) || []).length * 3;
      if (bytes > maxBytes) {
        return `The form is ${size(bytes)} as sent; whosaid accepts at most ${size(maxBytes)}. Shorten the text, import it as a file under Imports, or give only its address.`;
      }
      return null;
    };
    const show = () => {
      const message = problem();
      status.textContent = message || '';
      status.hidden = !message;
      if (message) pasted.setAttribute('aria-invalid', 'true');
      else if (!document.getElementById('form-errors')) pasted.removeAttribute('aria-invalid');
      return message;
    };
    let timer = null;
    pasted.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(show, 250);
    });
    form.addEventListener('submit', (e) => {
      if (!show()) return;
      e.preventDefault();
      pasted.focus();
    });
    if (pasted.value) show();
  }
});
