import { AccordError, allItems, createAccordClient } from '@accord/client';

const accord = createAccordClient({
  url: 'https://accord.example.org',
  token: 'optional, sent as a bearer token',
  retry: { retries: 5, maxDelayMs: 30_000 },
});

// Follows nextCursor page by page until the last one.
const overdue = [];
for await (const c of allItems((cursor) =>
  accord.commitment.list.query({ overdue: true, cursor, limit: 100 }),
)) {
  overdue.push(`${c.slug} (${c.target?.date ?? 'no date'})`);
}
console.log(`${overdue.length} overdue:`, overdue);

// A bad input is refused with the fields that were wrong.
try {
  await accord.commitment.list.query({ limit: 500 });
} catch (error) {
  if (!(error instanceof AccordError) || error.code !== 'BAD_REQUEST') throw error;
  for (const field of error.fieldErrors ?? []) console.log(field.path.join('.'), field.message);
}
