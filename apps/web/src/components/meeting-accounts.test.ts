import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { hiroshimaMeeting } from './fixtures.test-data';
import { MeetingAccounts } from './meeting-accounts';

describe('MeetingAccounts', () => {
  it("puts each government's words in its own column of the topic's row", () => {
    const html = renderToStaticMarkup(
      createElement(MeetingAccounts, { accounts: hiroshimaMeeting().accounts }),
    );
    const headers = [...html.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual(['Topic', 'United States', 'Japan', 'What differs']);
    const row = /<tr><th scope="row">China<\/th>(.*?)<\/tr>/.exec(html)?.[1] ?? '';
    const cells = [...row.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1] ?? '');
    expect(cells[0]).toContain('coercive behavior');
    expect(cells[0]).not.toContain('cooperating with China');
    expect(cells[1]).toContain('cooperating with China on shared challenges');
    expect(cells[2]).toContain('The US readout names coercion');
  });
});
