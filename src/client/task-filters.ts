// /tasks/ filters: show only the tasks matching area, lead unit and status, without a reload.
// The list is complete without JS; this only hides items, and reveals the form it needs.
export function setupTaskFilters(): void {
  const form = document.querySelector<HTMLFormElement>('#task-filters');
  if (!form) return;
  form.hidden = false;
  const count = form.querySelector<HTMLElement>('.filter-count');
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
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
