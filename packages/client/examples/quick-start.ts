import { AccordError, createAccordClient } from '@accord/client';

const accord = createAccordClient({ url: 'http://localhost:3000' });

const themes = await accord.theme.list.query();
for (const theme of themes.items) {
  console.log(theme.slug, theme.commitmentCount, theme.statusCounts.delivered);
}

// One page of a brief. Timestamps arrive as Date objects.
const page = await accord.commitment.list.query({ theme: 'chips', limit: 10 });
for (const c of page.items) console.log(c.slug, c.status, c.updatedAt.toISOString());

// Every failure is an AccordError with a code, an HTTP status and any field errors.
try {
  await accord.commitment.bySlug.query({ slug: 'no-such-commitment' });
} catch (error) {
  if (!(error instanceof AccordError) || error.code !== 'NOT_FOUND') throw error;
  console.log(error.message); // No commitment with slug "no-such-commitment".
}
