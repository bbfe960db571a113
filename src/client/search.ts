// A thin search UI over Pagefind's JS API: query from ?q=, filters with counts, highlighted excerpts.
import { excerptParts } from './excerpt.ts';
import { el } from './dom.ts';
import { url } from '../site/urls.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; lead?: string; plan?: string };
  sub_results?: { url: string; title: string; excerpt: string; anchor?: { id: string } }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResultData> }[]; filters: Record<string, Record<string, number>> }>;
}

// 方案 exists only on a site of several plans (src/components/PlanSearchTags.astro).
const FILTER_ORDER = ['方案', '领域', '牵头单位', '状态', '季度'];

// Never innerHTML: the excerpt holds content text (src/client/excerpt.ts).
const excerptNodes = (html: string): (Node | string)[] => excerptParts(html).map((p) => (p.mark ? el('mark', {}, p.text) : p.text));

export async function setupSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('#search-q')!;
  const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const list = document.querySelector<HTMLOListElement>('#search-results')!;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const selected: Record<string, string[]> = {};
  for (const key of FILTER_ORDER) {
    const values = params.getAll(key);
    if (values.length) selected[key] = values;
  }

  let pagefind: Pagefind;
  let filtersReady: Promise<unknown>;
  try {
    pagefind = (await import(/* @vite-ignore */ url('pagefind/pagefind.js'))) as Pagefind;
    await pagefind.options({ excerptLength: 40 });
    // A search only loads the filter data its own filters need, and so returns no counts for the others:
    // load every filter once (about 1 KiB) so the first results come with all their filter counts.
    filtersReady = pagefind.filters();
  } catch (error) {
    // `astro dev` has no index: Pagefind runs at the end of a build (src/build/integration.ts).
    status.textContent = import.meta.env.DEV ? '开发预览(npm run dev)中没有搜索索引:搜索需要先运行 npm run build,再用 npm run serve 查看。' : '搜索索引加载失败,请稍后再试。';
    console.error('pagefind', error);
    return;
  }

  const renderFilters = (counts: Record<string, Record<string, number>>) => {
    filtersBox.replaceChildren();
    for (const key of FILTER_ORDER) {
      // Only values that occur in these results (and any already chosen), so phones get short lists.
      const values = Object.entries(counts[key] ?? {}).filter(([value, count]) => count > 0 || selected[key]?.includes(value));
      if (values.length === 0) continue;
      const select = el('select', { name: key, id: `filter-${key}` });
      select.append(el('option', { value: '' }, `全部${key}`));
      for (const [value, count] of values.sort()) {
        const option = el('option', { value }, `${value}(${count})`);
        if (selected[key]?.includes(value)) option.selected = true;
        select.append(option);
      }
      select.addEventListener('change', () => {
        if (select.value) selected[key] = [select.value];
        else delete selected[key];
        void run();
      });
      filtersBox.append(el('label', { htmlFor: `filter-${key}` }, key), select);
    }
    filtersBox.hidden = filtersBox.childElementCount === 0;
  };

  const run = async () => {
    const q = input.value.trim();
    const next = new URLSearchParams();
    if (q) next.set('q', q);
    for (const [key, values] of Object.entries(selected)) for (const v of values) next.append(key, v);
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    if (!q) {
      list.replaceChildren();
      status.textContent = '请输入关键词。';
      renderFilters(await pagefind.filters());
      return;
    }
    status.textContent = '正在搜索……';
    await filtersReady;
    const search = await pagefind.search(q, { filters: selected });
    renderFilters(search.filters);
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((r) => {
        const excerpt = el('p', { className: 'excerpt' }, ...excerptNodes(r.excerpt));
        const item = el('li', {}, el('a', { href: r.url }, r.meta.title ?? r.url));
        // Task numbers start at 1 in every plan: the plan tells 任务 1 of one from 任务 1 of another.
        if (r.meta.plan) item.append(el('p', { className: 'muted result-plan' }, `方案:${r.meta.plan}`));
        if (r.meta.lead) item.append(el('p', { className: 'muted result-lead' }, `牵头单位:${r.meta.lead}`));
        item.append(excerpt);
        // Sections with their own anchor (each quarterly update on a task page) link straight to the section.
        const sections = (r.sub_results ?? []).filter((s) => s.anchor);
        if (sections.length) {
          item.append(
            el(
              'ul',
              { className: 'sub-results' },
              ...sections.slice(0, 3).map((s) => {
                const subExcerpt = el('span', { className: 'excerpt' }, ...excerptNodes(s.excerpt));
                return el('li', {}, el('a', { href: s.url }, s.title), ':', subExcerpt);
              }),
            ),
          );
        }
        return item;
      }),
    );
    status.textContent = search.results.length ? `找到 ${search.results.length} 个结果${search.results.length > 20 ? ',显示前 20 个' : ''}。` : `没有找到与“${q}”相关的内容。`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  await run();
}
