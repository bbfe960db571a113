// Chart.js, with only the parts these charts use registered (no chart.js/auto), so the bundle stays small.
// Charts read numbers from data attributes on their canvas; the table beside each chart holds the same numbers.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, BarController, BarElement, Legend, Tooltip);
// Colours are the stylesheet's custom properties (src/styles/site.css), so a colour is set in one place
// and pages without JavaScript show the same ones.
const rootStyle = getComputedStyle(document.documentElement);
const cssColour = (property: string) => rootStyle.getPropertyValue(property).trim();

Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.color = cssColour('--text');
Chart.defaults.animation = false;

const numbers = (s: string | undefined) => (s ? s.split(',').map(Number) : []);
const strings = (s: string | undefined) => (s ? s.split(',') : []);

function targetChart(canvas: HTMLCanvasElement) {
  const labels = strings(canvas.dataset.labels);
  const values = numbers(canvas.dataset.values);
  const target = Number(canvas.dataset.target);
  new Chart(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: '实际值', data: values, borderColor: cssColour('--accent'), backgroundColor: cssColour('--accent'), pointStyle: 'circle', pointRadius: 5, borderWidth: 3 },
        { label: '目标值', data: labels.map(() => target), borderColor: cssColour('--bad'), backgroundColor: cssColour('--bad'), borderDash: [8, 6], pointStyle: 'line', pointRadius: 0, borderWidth: 2 },
      ],
    },
    options: { responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true } }, plugins: { legend: { labels: { usePointStyle: true } } } },
  });
}

// Status by quarter, stacked; each status has its own pattern-free colour (--status-{key}) but is named in the legend and table.
function statusChart(canvas: HTMLCanvasElement) {
  const labels = strings(canvas.dataset.labels);
  const keys = strings(canvas.dataset.keys);
  const names = strings(canvas.dataset.names);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: keys.map((key, i) => ({
        label: names[i] ?? key,
        data: numbers(canvas.dataset[`series${i}`]),
        backgroundColor: cssColour(`--status-${key}`),
        borderColor: cssColour('--bg'),
        borderWidth: 1,
      })),
    },
    options: { responsive: true, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  });
}

for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
  canvas.hidden = false;
  const holder = canvas.parentElement;
  if (holder) holder.classList.add('has-chart');
  if (canvas.dataset.chart === 'target') targetChart(canvas);
  else if (canvas.dataset.chart === 'status') statusChart(canvas);
  // The table is open for readers without the chart; with it, one tap away.
  canvas.closest('figure')?.querySelector<HTMLDetailsElement>('details.chart-data')?.removeAttribute('open');
}
// Print has no canvas (see the print stylesheet): the numbers go on paper as tables.
addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.chart-data')) details.open = true;
});
