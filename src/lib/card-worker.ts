// A worker thread that draws social cards: it receives { id, text } and answers { id, png } or { id, error }.
// Node loads this file and social-card.ts itself (type stripping), not through Vite: hence the `.ts`
// import, and only erasable TypeScript syntax in both.
import { parentPort } from 'node:worker_threads';
import { renderCard, type CardText } from './social-card.ts';

parentPort!.on('message', async ({ id, text }: { id: number; text: CardText }) => {
  try {
    const png = await renderCard(text);
    parentPort!.postMessage({ id, png }, [png]);
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
