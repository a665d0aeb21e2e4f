import {
  ATTRIBUTION_DEFINITIONS,
  ATTRIBUTION_KINDS,
  COMMITMENT_STATUSES,
  COMMITMENT_STRENGTHS,
  PARTY_ROLE_DEFINITIONS,
  PARTY_ROLES,
  QUOTE_FORM_DEFINITIONS,
  QUOTE_FORMS,
  STATUS_DEFINITIONS,
  STRENGTH_DEFINITIONS,
  allowedStatusMoves,
} from '@accord/domain';
import { type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { procedure } from '../trpc';

const Term = z.object({ value: z.string(), label: z.string(), definition: z.string() });

const Vocabulary = z.object({
  statuses: z.array(Term.extend({ final: z.boolean(), allowedMoves: z.array(z.string()) })),
  strengths: z.array(Term),
  attributionKinds: z.array(Term),
  quoteForms: z.array(Term),
  partyRoles: z.array(Term),
});

/** The definitions readers see on the methodology page, for API users. */
export const vocabularyRouter = {
  all: procedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/vocabulary',
        tags: ['vocabulary'],
        summary: 'Get the vocabulary',
        description:
          'What every status, strength of language, attribution kind, quote form and party role means.',
      },
    })
    .input(z.void())
    .output(Vocabulary)
    .query(() => ({
      statuses: COMMITMENT_STATUSES.map((value) => ({
        value,
        ...STATUS_DEFINITIONS[value],
        allowedMoves: [...allowedStatusMoves(value)],
      })),
      strengths: COMMITMENT_STRENGTHS.map((value) => ({ value, ...STRENGTH_DEFINITIONS[value] })),
      attributionKinds: ATTRIBUTION_KINDS.map((value) => ({
        value,
        ...ATTRIBUTION_DEFINITIONS[value],
      })),
      quoteForms: QUOTE_FORMS.map((value) => ({ value, ...QUOTE_FORM_DEFINITIONS[value] })),
      partyRoles: PARTY_ROLES.map((value) => ({ value, ...PARTY_ROLE_DEFINITIONS[value] })),
    })),
} satisfies TRPCRouterRecord;
