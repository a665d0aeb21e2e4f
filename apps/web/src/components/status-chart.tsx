import {
  COMMITMENT_STATUSES,
  type IsoDate,
  type Locale,
  STATUS_DEFINITIONS,
  type StatusTimelinePoint,
} from '@accord/domain';
import { translations } from '~/i18n';
import { formatDate } from '~/lib/format';
import { buildStatusChart, totalOf } from '~/lib/status-chart';

/**
 * A brief's statuses over time: a stacked step chart drawn on the server as SVG, its legend,
 * and the same numbers as a table (in a disclosure, so the brief stays short; it opens
 * without script).
 */
export function StatusChart({
  points,
  now,
  title,
  id,
  locale = 'en',
}: {
  points: readonly StatusTimelinePoint[];
  now: IsoDate;
  title: string;
  id: string;
  locale?: Locale;
}) {
  const t = translations(locale, 'chart');
  const statusName = (s: (typeof COMMITMENT_STATUSES)[number]) =>
    locale === 'en' ? STATUS_DEFINITIONS[s].label : translations(locale, 'status')(s);
  const date = (day: IsoDate) => formatDate(day, locale);
  const model = buildStatusChart(points, now, locale);
  if (!model) return <p>{t('noChanges')}</p>;
  const { plot } = model;
  const last = points.at(-1);
  const description = t('statusDescription', {
    from: date(model.from),
    to: date(model.to),
    hasEnd: last ? 'yes' : 'no',
    counts: last
      ? COMMITMENT_STATUSES.filter((s) => last.counts[s] > 0)
          .map((s) =>
            t('countOfStatus', {
              count: last.counts[s],
              status: locale === 'en' ? statusName(s).toLowerCase() : statusName(s),
            }),
          )
          .join(t('listSeparator'))
      : '',
  });
  return (
    <div className="chart status-chart">
      <svg
        viewBox={`0 0 ${model.width} ${model.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <g className="grid">
          {model.yTicks.map((t) => (
            <g key={t.label}>
              <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} />
              <text x={plot.left - 6} y={t.y} textAnchor="end" dominantBaseline="middle">
                {t.label}
              </text>
            </g>
          ))}
        </g>
        {model.rects.map((r) => (
          <rect
            key={`${r.on}-${r.status}`}
            className={`fill-${r.status}`}
            x={r.x}
            y={r.y}
            width={Math.max(1, r.width)}
            height={r.height}
          />
        ))}
        <g className="axis">
          <text x={plot.left} y={plot.bottom + 18} textAnchor="start">
            {date(model.from)}
          </text>
          {model.xTicks.map((t) => (
            <text key={t.label} x={t.x} y={plot.bottom + 18} textAnchor="middle">
              {t.label}
            </text>
          ))}
          <text x={plot.right} y={plot.bottom + 18} textAnchor="end">
            {date(model.to)}
          </text>
        </g>
      </svg>
      <ul className="breakdown-list" aria-label={t('legend')}>
        {model.statuses.toReversed().map((s) => (
          <li key={s}>
            <span className={`dot status-${s}`} aria-hidden="true" /> {statusName(s)}
          </li>
        ))}
      </ul>
      <details className="chart-data">
        <summary>{t('numbers')}</summary>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('pointByPoint', { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('atEndOf')}</th>
                {model.statuses.map((s) => (
                  <th scope="col" key={s} className="number">
                    {statusName(s)}
                  </th>
                ))}
                <th scope="col" className="number">
                  {t('total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.on}>
                  <th scope="row">
                    <time dateTime={p.on}>{date(p.on)}</time>
                  </th>
                  {model.statuses.map((s) => (
                    <td key={s} className="number">
                      {p.counts[s]}
                    </td>
                  ))}
                  <td className="number">{totalOf(p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
