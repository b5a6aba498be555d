// Which part of the site a page is checked in (scripts/check/shard.ts): a stable hash of its address, so a page keeps its part as the site grows.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { inShard, parseShard, shardOfPage, shardReportFile } from '../../scripts/check/shard.ts';

test('K/N is read, and anything else is refused with what is allowed', () => {
  assert.equal(parseShard('2/8'), { index: 2, total: 8 });
  assert.equal(parseShard('1/1'), { index: 1, total: 1 });
  for (const bad of ['0/2', '3/2', '2', '1/0', 'a/b', '-1/2', '']) assert.throws(() => parseShard(bad), /--shard: expected K\/N with 1 ≤ K ≤ N/, bad);
});

test('every page is in exactly one part, the same one however many other pages the site has', () => {
  const pages = Array.from({ length: 2000 }, (_, i) => `/partnerships/p${i}/`);
  for (const total of [1, 2, 3, 8]) {
    for (const page of pages) {
      const parts = Array.from({ length: total }, (_, i) => i + 1).filter((index) => inShard(page, { index, total }));
      assert.equal(parts, [shardOfPage(page, total)], page);
    }
  }
  // The part depends on the address alone: the first 100 pages are where they were in a site of 2,000.
  const small = pages.slice(0, 100).map((page) => shardOfPage(page, 8));
  assert.equal(small, pages.slice(0, 100).map((page) => shardOfPage(page, 8)));
  assert.is(shardOfPage('/a-z/s/', 4), shardOfPage('/a-z/s/', 4));
});

test('the parts are about the same size (each of 8 within 20 % of an eighth of 2,000 pages)', () => {
  const sizes = new Array<number>(8).fill(0);
  for (let i = 0; i < 2000; i++) sizes[shardOfPage(`/partnerships/p${i}/`, 8) - 1]! += 1;
  for (const size of sizes) assert.ok(Math.abs(size - 250) <= 50, `part sizes ${sizes.join(', ')}`);
});

test('without a shard every page is checked; each part reports to its own file', () => {
  assert.ok(inShard('/', undefined));
  assert.is(shardReportFile({ index: 2, total: 8 }), '.cache/shards/shard-2-of-8.json');
});

test.run();
