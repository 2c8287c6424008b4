// The NER library compromise (npm) on a kg corpus, for bench/run.sh's side-by-side row:
// people, organisations and places of every item, timed without Node's start-up and the read.
// usage: node bench/compromise_ner.mjs CORPUS.txt   (compromise installed beside this file,
//        in bench/node_modules, by bench/run.sh)
// Prints "compromise PARAGRAPHS BYTES SECONDS PEOPLE ORGANISATIONS PLACES".
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const text = readFileSync(process.argv[2], 'utf8');
// Paragraph by paragraph (headings are paragraphs of their own): compromise sees every
// sentence kg sees, in documents of a few sentences.
const items = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
const start = process.hrtime.bigint();
let people = 0, organisations = 0, places = 0;
for (const item of items) {
  const doc = nlp(item);
  people += doc.people().length;
  organisations += doc.organizations().length;
  places += doc.places().length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const bytes = Buffer.byteLength(text, 'utf8');
console.log(`compromise ${items.length} ${bytes} ${seconds.toFixed(3)} ${people} ${organisations} ${places}`);
