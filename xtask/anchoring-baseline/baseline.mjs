// Baseline for `cargo xtask bench anchoring`: re-anchors quotes the way the Hypothesis client
// does — try the stored position; otherwise approximate-search the quote (up to half its length in
// errors, at most 256) and keep the match with the best weighted score of quote, prefix, suffix and
// distance from the old position. Written for this benchmark after Hypothesis's documented method.
//
// usage: node baseline.mjs OLD.txt NEW.txt ANCHORS.json > placements.json
import { readFileSync } from 'node:fs';
import search from 'approx-string-match';

const [oldPath, newPath, anchorsPath] = process.argv.slice(2);
const text = readFileSync(newPath, 'utf8');
readFileSync(oldPath, 'utf8'); // read like the engine does, though this method never uses it
const anchors = JSON.parse(readFileSync(anchorsPath, 'utf8'));

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

function similarity(candidate, wanted) {
  if (wanted.length === 0 || candidate.length === 0) return 0;
  const found = search(candidate, wanted, wanted.length);
  if (found.length === 0) return 0;
  const fewest = Math.min(...found.map((m) => m.errors));
  return 1 - fewest / wanted.length;
}

function place(anchor) {
  const { exact, prefix = '', suffix = '', start } = anchor;
  if (exact.length === 0) return { status: 'orphaned' };
  if (text.slice(start, start + exact.length) === exact) {
    return { status: 'placed', start, end: start + exact.length, confidence: 1 };
  }
  const matches = search(text, exact, Math.min(256, Math.floor(exact.length / 2)));
  if (matches.length === 0) return { status: 'orphaned' };
  let best = null;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / exact.length;
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
    const suffixScore = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const positionScore = 1 - Math.abs(m.start - start) / text.length;
    const score =
      (WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefixScore + WEIGHTS.suffix * suffixScore +
        WEIGHTS.position * positionScore) /
      (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position);
    if (best === null || score > best.confidence) best = { status: 'placed', start: m.start, end: m.end, confidence: score };
  }
  return best;
}

const started = process.hrtime.bigint();
const placements = anchors.map((a) => ({ id: a.id, ...place(a) }));
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify(placements));
process.stderr.write(
  `placed ${placements.length} anchors in ${ms.toFixed(2)} ms (${((ms * 1000) / Math.max(1, placements.length)).toFixed(1)} µs per anchor overall)\n`,
);
