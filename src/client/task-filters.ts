// /tasks/ filters: show only the tasks matching area, lead unit and status, without a reload.
// The list is complete without JS; this only hides items, and reveals the form it needs. The choice
// is kept in the query string (/tasks/?area=…&status=…) so a filtered list can be shared.
export function setupTaskFilters(): void {
  const form = document.querySelector<HTMLFormElement>('#task-filters');
  if (!form) return;
  form.hidden = false;
  const count = form.querySelector<HTMLElement>('.filter-count');
  const fields = ['area', 'lead', 'status'] as const;
  const query = new URLSearchParams(location.search);
  for (const name of fields) {
    const select = form.elements.namedItem(name);
    const wanted = query.get(name);
    if (select instanceof HTMLSelectElement && wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  }
  const items = [...document.querySelectorAll<HTMLElement>('[data-area][data-status]')];
  const apply = () => {
    const data = new FormData(form);
    const area = String(data.get('area') ?? '');
    const lead = String(data.get('lead') ?? '');
    const status = String(data.get('status') ?? '');
    let shown = 0;
    for (const item of items) {
      const match =
        (!area || item.dataset.area === area) &&
        (!lead || (item.dataset.lead ?? '').split(' ').includes(lead)) &&
        (!status || item.dataset.status === status);
      item.hidden = !match;
      if (match) shown++;
    }
    for (const section of document.querySelectorAll<HTMLElement>('[data-area-section]')) {
      section.hidden = !section.querySelector('[data-area]:not([hidden])');
    }
    if (count) count.textContent = `显示 ${shown} / ${items.length} 项任务`;
    const params = new URLSearchParams();
    for (const name of fields) if (data.get(name)) params.set(name, String(data.get(name)));
    const search = params.size ? `?${params}` : '';
    if (search !== location.search) history.replaceState(null, '', location.pathname + search + location.hash);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  apply();
}
