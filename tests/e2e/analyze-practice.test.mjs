// The command line on a journey with stories and a plan: the analysis JSON carries the
// contract keys `stories`, `moments_of_truth` and `norms`, and `analyze --ics` prints the
// plan as an iCalendar file that ical.js (an independent RFC 5545 parser) reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import ICAL from 'ical.js';

const FIXTURE = 'tests/fixtures/format/v1-practice.json';
const analyze = (...args) => spawnSync('cargo', ['run', '-q', '--example', 'analyze', '--', ...args], { encoding: 'utf8' });

test('stories, moments of truth and norms in the analysis', () => {
  const run = analyze(FIXTURE);
  assert.equal(run.status, 0, run.stderr);
  const a = JSON.parse(run.stdout);
  for (const key of ['count', 'by_touchpoint', 'mismatch']) assert.ok(key in a.stories, `stories.${key}`);
  assert.equal(a.stories.count, 4);
  const door = a.stories.by_touchpoint.find((t) => t.name === 'Engineer at the door');
  for (const key of ['name', 'positive', 'negative', 'employee', 'customer']) assert.ok(key in door, `by_touchpoint[].${key}`);
  assert.deepEqual([door.positive, door.negative, door.employee, door.customer], [1, 1, 1, 1]);
  assert.deepEqual(a.stories.mismatch, ['Engineer at the door']);
  assert.deepEqual(a.moments_of_truth.map((m) => m.name), ['Engineer at the door', 'Booking the engineer']);
  for (const m of a.moments_of_truth) for (const key of ['name', 'delta_remembered', 'negative_stories']) assert.ok(key in m, `moments_of_truth[].${key}`);
  assert.equal(a.norms.length, 1);
  assert.equal(a.norms[0].moment, 'Engineer at the door');
});

test('analyze --ics prints a calendar with two events per week, in Dutch on request', () => {
  const run = analyze('--ics', FIXTURE, '--lang', 'nl');
  assert.equal(run.status, 0, run.stderr);
  assert.ok(run.stdout.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(run.stdout.endsWith('END:VCALENDAR\r\n'));
  const events = new ICAL.Component(ICAL.parse(run.stdout)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  assert.equal(events.length, 4, 'two weeks, a pick and an evaluation each');
  assert.equal(events[0].summary, 'Week 1: Engineer at the door, een Moment van de Waarheid');
  assert.equal(events[0].startDate.toString(), '2026-12-04');
  assert.equal(events[3].startDate.toString(), '2026-12-18');
  const none = analyze('--ics', 'tests/fixtures/format/v1-lanes.json');
  assert.equal(none.status, 1);
  assert.match(none.stderr, /has no plan/);
});
