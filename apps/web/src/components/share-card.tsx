import { COMMITMENT_STATUSES, type CommitmentStatus, STATUS_DEFINITIONS } from '@accord/domain';
import { ImageResponse } from 'next/og';

/**
 * The card image a link preview shows (1200 × 630 PNG, OpenGraph's usual size), drawn by
 * next/og with the font it ships: no request to another host. A brief's card shows its status
 * breakdown; a commitment's its status and title.
 */
export const CARD_SIZE = { width: 1200, height: 630 };
export const CARD_TYPE = 'image/png';

/** The bar colours of the site's status breakdown (globals.css, `.bar-part.status-*`). */
const STATUS_COLOURS: Record<CommitmentStatus, string> = {
  not_yet_rated: '#9aa5b1',
  in_progress: '#3b82f6',
  partially_delivered: '#d97706',
  delivered: '#16a34a',
  stalled: '#ea580c',
  abandoned: '#dc2626',
};

const INK = '#1d3557';
const PAPER = '#f8f9fa';

/** At most `max` characters, cut at a word with an ellipsis: a card has room for a few lines. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

function Frame({ kicker, children }: { kicker: string; children: React.ReactNode }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: PAPER,
        color: INK,
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, letterSpacing: 1 }}>{kicker}</div>
      {children}
      <div style={{ display: 'flex', fontSize: 28 }}>Accord · summit commitments, tracked</div>
    </div>
  );
}

export function briefCard(brief: {
  title: string;
  statusCounts: Record<CommitmentStatus, number>;
}): ImageResponse {
  const total = COMMITMENT_STATUSES.reduce((sum, s) => sum + brief.statusCounts[s], 0);
  const shown = COMMITMENT_STATUSES.filter((s) => brief.statusCounts[s] > 0);
  return new ImageResponse(
    <Frame kicker="BRIEF">
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: 72, fontWeight: 700 }}>
          {clip(brief.title, 60)}
        </div>
        <div style={{ display: 'flex', fontSize: 34, marginTop: 16 }}>
          {`${total} commitment${total === 1 ? '' : 's'}`}
        </div>
        <div
          style={{
            display: 'flex',
            height: 36,
            marginTop: 28,
            borderRadius: 18,
            overflow: 'hidden',
          }}
        >
          {shown.map((s) => (
            <div
              key={s}
              style={{
                display: 'flex',
                flexGrow: brief.statusCounts[s],
                background: STATUS_COLOURS[s],
              }}
            />
          ))}
        </div>
        <div style={{ display: 'flex', flexWrap: 'wrap', marginTop: 20, fontSize: 28 }}>
          {shown.map((s) => (
            <div key={s} style={{ display: 'flex', alignItems: 'center', marginRight: 36 }}>
              <div
                style={{
                  display: 'flex',
                  width: 22,
                  height: 22,
                  borderRadius: 11,
                  marginRight: 10,
                  background: STATUS_COLOURS[s],
                }}
              />
              {`${brief.statusCounts[s]} ${STATUS_DEFINITIONS[s].label.toLowerCase()}`}
            </div>
          ))}
        </div>
      </div>
    </Frame>,
    CARD_SIZE,
  );
}

export function commitmentCard(commitment: {
  title: string;
  status: CommitmentStatus;
}): ImageResponse {
  return new ImageResponse(
    <Frame kicker="COMMITMENT">
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div
          style={{
            display: 'flex',
            alignSelf: 'flex-start',
            padding: '8px 22px',
            borderRadius: 24,
            fontSize: 32,
            color: '#fff',
            background: STATUS_COLOURS[commitment.status],
          }}
        >
          {STATUS_DEFINITIONS[commitment.status].label}
        </div>
        <div style={{ display: 'flex', fontSize: 58, fontWeight: 700, marginTop: 28 }}>
          {clip(commitment.title, 140)}
        </div>
      </div>
    </Frame>,
    CARD_SIZE,
  );
}
