import { type Database } from '@accord/db';
import {
  allowedStatusMoves,
  ATTRIBUTION_DEFINITIONS,
  ATTRIBUTION_KINDS,
  COMMITMENT_STATUSES,
  COMMITMENT_STRENGTHS,
  PARTY_ROLES,
  QUOTE_FORMS,
  STATUS_DEFINITIONS,
} from '@accord/domain';
import { describe, expect, it } from 'vitest';
import { createCaller, createContext } from '../index';
import { ADMIN, EDITOR, expectTRPCError } from '../testing/helpers';

/**
 * vocabulary.all is static: it comes from @accord/domain, not the database. The context
 * gets a database that fails on any use, so the test also proves it never queries.
 */
const noDatabase = new Proxy({} as Database, {
  get() {
    throw new Error('vocabulary.all must not use the database');
  },
});
const caller = (viewer: typeof EDITOR | null = null) =>
  createCaller(createContext({ db: noDatabase, viewer }));

describe('vocabulary.all', () => {
  it('lists every status in order with its definition, finality and allowed moves', async () => {
    const { statuses } = await caller().vocabulary.all();
    expect(statuses.map((s) => s.value)).toEqual([...COMMITMENT_STATUSES]);
    for (const s of statuses) {
      const definition = STATUS_DEFINITIONS[s.value as (typeof COMMITMENT_STATUSES)[number]];
      expect(s).toEqual({
        value: s.value,
        label: definition.label,
        definition: definition.definition,
        final: definition.final,
        allowedMoves: [...allowedStatusMoves(s.value as (typeof COMMITMENT_STATUSES)[number])],
      });
      expect(s.label.length, s.value).toBeGreaterThan(0);
      expect(s.definition.length, s.value).toBeGreaterThan(0);
    }
  });

  it('marks delivered and abandoned final; nothing moves on from delivered', async () => {
    const { statuses } = await caller().vocabulary.all();
    const byValue = new Map(statuses.map((s) => [s.value, s]));
    expect(statuses.filter((s) => s.final).map((s) => s.value)).toEqual(['delivered', 'abandoned']);
    expect(byValue.get('delivered')?.allowedMoves).toEqual([]);
    expect(byValue.get('abandoned')?.allowedMoves).toEqual(['in_progress']);
    for (const s of statuses) {
      expect(s.allowedMoves, s.value).not.toContain(s.value);
      for (const move of s.allowedMoves) expect(COMMITMENT_STATUSES, s.value).toContain(move);
    }
  });

  it('lists strengths, attribution kinds, quote forms and party roles with definitions', async () => {
    const vocabulary = await caller().vocabulary.all();
    expect(vocabulary.strengths.map((t) => t.value)).toEqual([...COMMITMENT_STRENGTHS]);
    expect(vocabulary.attributionKinds.map((t) => t.value)).toEqual([...ATTRIBUTION_KINDS]);
    expect(vocabulary.quoteForms.map((t) => t.value)).toEqual([...QUOTE_FORMS]);
    expect(vocabulary.partyRoles.map((t) => t.value)).toEqual([...PARTY_ROLES]);
    for (const list of [
      vocabulary.strengths,
      vocabulary.attributionKinds,
      vocabulary.quoteForms,
      vocabulary.partyRoles,
    ]) {
      for (const term of list) {
        expect(Object.keys(term).sort(), term.value).toEqual(['definition', 'label', 'value']);
        expect(term.label.length, term.value).toBeGreaterThan(0);
        expect(term.definition.length, term.value).toBeGreaterThan(0);
      }
    }
    const anonymous = vocabulary.attributionKinds.find((t) => t.value === 'anonymous_official');
    expect(anonymous?.definition).toBe(ATTRIBUTION_DEFINITIONS.anonymous_official.definition);
  });

  it('gives every caller the same answer', async () => {
    const anonymous = await caller().vocabulary.all();
    expect(await caller(EDITOR).vocabulary.all()).toEqual(anonymous);
    expect(await caller(ADMIN).vocabulary.all()).toEqual(anonymous);
  });

  it('rejects any input', async () => {
    await expectTRPCError(caller().vocabulary.all({} as unknown as undefined), 'BAD_REQUEST');
    await expectTRPCError(
      caller().vocabulary.all('statuses' as unknown as undefined),
      'BAD_REQUEST',
    );
  });
});
