import { commitmentRouter } from './router/commitment';
import { meetingRouter } from './router/meeting';
import { partyRouter } from './router/party';
import { sourceRouter } from './router/source';
import { themeRouter } from './router/theme';
import { vocabularyRouter } from './router/vocabulary';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  theme: themeRouter,
  commitment: commitmentRouter,
  meeting: meetingRouter,
  party: partyRouter,
  source: sourceRouter,
  vocabulary: vocabularyRouter,
});

export type AppRouter = typeof appRouter;
