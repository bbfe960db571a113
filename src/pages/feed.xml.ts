import { site } from '../site/dataset.ts';
import { atomFeed } from '../export/feed.ts';
import { generatedAt } from '../site/build-stamp.ts';

export async function GET() {
  const { dataset } = await site();
  return new Response(atomFeed(dataset, new URL(import.meta.env.BASE_URL, dataset.site.site).href, generatedAt), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
