import type { APIRoute } from 'astro';
import { trainingModules } from '../../lib/training';

// Every module's definition (lessons, questions, options), for the training list's downloads
// (xAPI statements and training records). A file of its own, fetched when a download is asked
// for, because inlined it was 60 KB gzip of the list page's 67 KB and slowed its first paint.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await trainingModules()).map((m) => m.module)), {
    headers: { 'Content-Type': 'application/json' },
  });
