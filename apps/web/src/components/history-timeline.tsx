import { type IsoDate, type Locale } from '@accord/domain';
import Link from '~/components/link';
import { translations } from '~/i18n';
import { formatDate } from '~/lib/format';
import { type TimelineModel } from '~/lib/history-timeline';

/**
 * A commitment's timeline as an SVG drawn on the server (no script), described by its own
 * title and description, followed by the same dates as a list. Each past date in the list
 * links to the commitment as it stood at the end of that day (`dayHref`).
 */
export function HistoryTimeline({
  model,
  title,
  id,
  dayHref,
  locale = 'en',
}: {
  model: TimelineModel;
  title: string;
  id: string;
  dayHref: (day: IsoDate) => string | null;
  locale?: Locale;
}) {
  const t = translations(locale, 'chart');
  const { plot } = model;
  const lastLaneBottom = plot.bottom;
  const date = (day: IsoDate) => formatDate(day, locale);
  const description = t('timelineDescription', {
    from: date(model.from),
    to: date(model.to),
    updates: model.events.filter((e) => e.kind === 'update').length,
    lanes: model.lanes.length,
    names: model.lanes.map((l) => l.label).join(t('listSeparator')),
  });
  return (
    <div className="chart timeline">
      <svg
        viewBox={`0 0 ${model.width} ${model.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {model.lanes.map((lane) => (
          <g key={lane.key}>
            <text
              className="lane-label"
              x={plot.left - 8}
              y={lane.y + model.laneHeight / 2}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {lane.label}
            </text>
            <rect
              className="lane"
              x={plot.left}
              y={lane.y}
              width={plot.right - plot.left}
              height={model.laneHeight}
            />
            {lane.segments.map((s, i) => (
              <rect
                // Two stretches can start at one x when their days are close: the index is the key.
                key={i}
                className={`fill-${s.status}`}
                x={s.x1}
                y={lane.y}
                // At least a sliver, so a status that held for one day is still seen.
                width={Math.max(2, s.x2 - s.x1)}
                height={model.laneHeight}
              />
            ))}
            {lane.dots.map((d, i) => (
              <circle
                key={i}
                className={`dot-mark fill-${d.status}`}
                cx={d.x}
                cy={lane.y + model.laneHeight / 2}
                r={4.5}
              />
            ))}
          </g>
        ))}
        {model.markers.map((m) => (
          <g key={m.kind} className={`marker marker-${m.kind}`}>
            <line x1={m.x} x2={m.x} y1={m.lineTop} y2={lastLaneBottom + 4} />
            <text x={m.anchor === 'start' ? m.x + 3 : m.x - 3} y={m.labelY} textAnchor={m.anchor}>
              {m.label}
            </text>
          </g>
        ))}
        <g className="axis">
          <line x1={plot.left} x2={plot.right} y1={lastLaneBottom + 6} y2={lastLaneBottom + 6} />
          <text x={plot.left} y={lastLaneBottom + 20} textAnchor="start">
            {date(model.from)}
          </text>
          {model.ticks.map((t) => (
            <text key={t.label} x={t.x} y={lastLaneBottom + 20} textAnchor="middle">
              {t.label}
            </text>
          ))}
          <text x={plot.right} y={lastLaneBottom + 20} textAnchor="end">
            {date(model.to)}
          </text>
        </g>
      </svg>
      <h3 className="chart-caption">{t('keyDates')}</h3>
      <ol className="key-dates">
        {model.events.map((e, i) => {
          const href = e.kind === 'now' ? null : dayHref(e.on);
          return (
            <li key={i}>
              {href ? (
                <Link
                  href={href}
                  title={t('seeDay')}
                  {...(locale === 'en' ? {} : { hrefLang: 'en' })}
                >
                  <time dateTime={e.on}>{date(e.on)}</time>
                </Link>
              ) : (
                <time dateTime={e.on}>{date(e.on)}</time>
              )}
              {locale === 'en' ? ': ' : '：'}
              {e.text}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
