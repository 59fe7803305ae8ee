// The 12-month consumption as chart.js data: one stacked bar series per zone; months charged by
// average are pale, by normative grey, so estimates never pass for measured consumption.
import type { ConsumptionChart } from '../../../shared/contract/report-views.js';

type Point = ConsumptionChart['points'][number];
type Zone = ConsumptionChart['zones'][number];

const zoneColours: Record<Zone, string> = {
  single: '#1d4ed8',
  T1: '#1d4ed8',
  T2: '#0f766e',
  T3: '#b45309',
};
const NORMATIVE = '#94a3b8';

/** The bar colour of a zone in a month: solid measured, pale average, grey normative. */
export function barColour(zone: Zone, method: Point['method']): string {
  if (method === 'normative') return NORMATIVE;
  return method === 'average' ? `${zoneColours[zone]}59` : zoneColours[zone];
}

/** A zone's volume in a month as a number to draw (display only; the report keeps the exact text). */
export function plotted(point: Point, zone: Zone): number | null {
  const volume = point.volumes.find((v) => v.zone === zone)?.volume ?? null;
  return volume === null ? null : Number(volume);
}

export function chartData(
  chart: ConsumptionChart,
  names: { period: (period: string) => string; zone: (zone: Zone) => string },
) {
  return {
    labels: chart.points.map((p) => names.period(p.period)),
    datasets: chart.zones.map((zone) => ({
      label: names.zone(zone),
      data: chart.points.map((p) => plotted(p, zone)),
      backgroundColor: chart.points.map((p) => barColour(zone, p.method)),
      borderColor: chart.points.map((p) =>
        p.method === 'normative' ? NORMATIVE : zoneColours[zone],
      ),
      borderWidth: 1.5,
      stack: 'volume',
    })),
  };
}

export function chartOptions(options: { axis: string; legend: boolean; fontSize: number }) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    font: { size: options.fontSize },
    plugins: { legend: { display: options.legend, position: 'bottom' as const } },
    scales: {
      x: { stacked: true, ticks: { font: { size: options.fontSize } } },
      y: {
        stacked: true,
        beginAtZero: true,
        ticks: { font: { size: options.fontSize } },
        title: { display: true, text: options.axis, font: { size: options.fontSize } },
      },
    },
  };
}
