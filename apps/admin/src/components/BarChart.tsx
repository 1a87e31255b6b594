import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLOURS = ['#1f5f8b', '#c0392b', '#27864a', '#8e5ea2', '#d68910', '#5d6d7e', '#117a65'];

export interface Series {
  label: string;
  /** null = suppressed or not published: drawn as a gap, never as zero. */
  data: readonly (number | null)[];
}

/**
 * A bar chart (Chart.js) with a text alternative: the same numbers are always in the table
 * next to it. `data-points` counts the drawn values, so a test can tell an empty chart.
 */
export function BarChart(props: {
  title: string;
  labels: readonly string[];
  series: readonly Series[];
  stacked?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const points = props.series.reduce((n, s) => n + s.data.filter((v) => v !== null).length, 0);
  useEffect(() => {
    if (canvas.current === null) {
      return undefined;
    }
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: [...props.labels],
        datasets: props.series.map((s, i) => ({
          label: s.label,
          data: [...s.data],
          backgroundColor: COLOURS[i % COLOURS.length] ?? '#1f5f8b',
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: props.stacked ?? false },
          y: { stacked: props.stacked ?? false, beginAtZero: true },
        },
      },
    });
    return () => chart.destroy();
  }, [props.labels, props.series, props.stacked]);
  return (
    <figure className="chart" data-points={points}>
      <figcaption>{props.title}</figcaption>
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={props.title} />
      </div>
    </figure>
  );
}
