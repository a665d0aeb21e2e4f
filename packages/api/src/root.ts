import { adminApiKeyRouter } from './router/admin/api-key';
import { adminAuditRouter } from './router/admin/audit';
import { adminUserRouter } from './router/admin/user';
import { assistantRouter } from './router/assistant';
import { commitmentRouter } from './router/commitment';
import { editorCommitmentRouter } from './router/editor/commitment';
import { editorOverviewRouter } from './router/editor/overview';
import { editorPreviewRouter } from './router/editor/preview';
import {
  editorMeetingRouter,
  editorPartyRouter,
  editorSourceRouter,
  editorThemeRouter,
} from './router/editor/reference';
import { editorRevisionRouter } from './router/editor/revision';
import { meetingRouter } from './router/meeting';
import { partyRouter } from './router/party';
import { sourceRouter } from './router/source';
import { themeRouter } from './router/theme';
import { vocabularyRouter } from './router/vocabulary';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  // Readers (public)
  theme: themeRouter,
  commitment: commitmentRouter,
  meeting: meetingRouter,
  party: partyRouter,
  source: sourceRouter,
  vocabulary: vocabularyRouter,
  // Editors and admins (see policy.ts for who may call what)
  editor: createTRPCRouter({
    ...editorOverviewRouter,
    commitment: editorCommitmentRouter,
    meeting: editorMeetingRouter,
    party: editorPartyRouter,
    source: editorSourceRouter,
    theme: editorThemeRouter,
    revision: editorRevisionRouter,
    preview: createTRPCRouter(editorPreviewRouter),
  }),
  // The editors' assistant: proposals from a pasted text, and accepting them as drafts
  assistant: assistantRouter,
  admin: createTRPCRouter({
    user: adminUserRouter,
    audit: adminAuditRouter,
    apiKey: adminApiKeyRouter,
  }),
});

export type AppRouter = typeof appRouter;
