// Import progress page: while the import runs, reads its figures every 2 s and writes them in
// place (inside the page's aria-live region, so focus and reading position stay put). When the
// import is over, the page is loaded once more to show the failed rows. Without this script
// the page offers a Refresh link.
(() => {
  const box = document.querySelector('[data-import-progress]');
  if (!box) return;
  const url = box.getAttribute('data-import-progress');
  const refreshLink = box.querySelector('[data-refresh-link]');
  if (refreshLink) refreshLink.hidden = true;

  const set = (el, text) => {
    // only a changed value is written, so screen readers announce only what changed
    if (el && el.textContent !== text) el.textContent = text;
  };

  const show = (p) => {
    const bar = box.querySelector('progress');
    if (bar) {
      bar.max = p.total;
      bar.value = p.finished;
      set(bar, p.percent);
    }
    set(box.querySelector('[data-fact="percent"]'), p.percent);
    for (const [name, value] of Object.entries(p.facts)) {
      const dd = box.querySelector(`[data-fact="${name}"]`);
      if (!dd) continue;
      const dt = dd.previousElementSibling;
      dd.hidden = value === null;
      if (dt && dt.tagName === 'DT') dt.hidden = value === null;
      set(dd, value === null ? '' : value);
    }
  };

  const poll = async () => {
    let p;
    try {
      const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' });
      if (!res.ok || !(res.headers.get('content-type') || '').startsWith('application/json')) throw new Error(`status ${res.status}`);
      p = await res.json();
    } catch {
      // signed out, or the server is away: leave the page as it is, with its Refresh link
      if (refreshLink) refreshLink.hidden = false;
      return;
    }
    show(p);
    if (p.live) setTimeout(poll, 2000);
    else window.location.reload();
  };
  setTimeout(poll, 2000);
})();
